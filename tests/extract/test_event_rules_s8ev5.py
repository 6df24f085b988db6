"""Session 8 event rules, third round (ev5), in passages written for this file (invented companies, real towns):
award winners named in the plural by a verb of becoming ("Laureatami konkursu zostały firmy A i B"), memberships
stated as a state ("W skład klastra X wchodzą …", "Klaster X zrzesza …"), a decision waited for or put off
("czeka z decyzją inwestycyjną": no investment), and a done visit that never takes the date of a visit to come.
The checks are those of `test_event_battery_s8ev.check`.
"""

from __future__ import annotations

import pytest
from tests.extract.battery import keyed_params, print_pass_count
from tests.extract.test_event_battery_s8ev import Case, check, ev

import kooperacja

CASES: dict[str, Case] = {
    # --- item 1: award winners in the plural, no colon --------------------------------------------------------
    "laureatami_zostaly_pair": Case(
        "Laureatami konkursu Lider Innowacji zostały firmy Polmet i Arteks z Kalisza.",
        events=(ev("award", "Polmet"), ev("award", "Arteks")),
        count=2,
    ),
    "zwyciezcami_sa_present": Case(
        "Zwycięzcami tegorocznego plebiscytu Firma z Charakterem są spółki Drewbox i Mlekpol Wschód.",
        events=(ev("award", "Drewbox"), ev("award", "Mlekpol Wschód")),
    ),
    "want_to_become_laureates_is_no_award": Case(
        "Wiele firm z regionu chciałoby zostać laureatami konkursu Lider Innowacji.",
        none=("award",),
    ),
    "laureates_will_get_prizes_is_no_award": Case(
        "Laureaci konkursu otrzymają dyplomy i vouchery na szkolenia. Zgłoszenia przyjmuje urząd marszałkowski.",
        none=("award",),
    ),
    "najlepsza_okazala_sie": Case(
        "W konkursie na najlepszy produkt regionu najlepsza okazała się firma Mleczar z Sokółki.",
        events=(ev("award", "Mleczar"),),
    ),
    "najlepsza_w_kategorii": Case(
        "W kategorii mikrofirm najlepsza okazała się spółka Lumenix z Lublina.",
        events=(ev("award", "Lumenix"),),
    ),
    "best_decision_is_no_award": Case(
        "Budowa hali okazała się najlepszą decyzją w historii firmy Polmet.",
        none=("award",),
    ),
    "best_offer_in_a_tender_is_no_award": Case(
        "Najlepsza okazała się oferta firmy Drogbud, która wygrała przetarg na obwodnicę.",
        none=("award",),
    ),
    "handed_it_names_the_grantor": Case(
        "Nagrodę Gospodarczą Wielkopolski otrzymała spółka Drewnex z Gniezna. Wręczył ją prezes Izby "
        "Rzemieślniczej w Poznaniu Jan Nowak.",
        events=(ev("award", "Drewnex", "Izba Rzemieślnicza w Poznaniu"),),
        count=1,
    ),
    "granted_it_names_the_grantor": Case(
        "Statuetkę Lidera Eksportu odebrała firma Alfamet z Opola. Przyznała ją kapituła Stowarzyszenia "
        "Eksporterów Polskich.",
        events=(ev("award", "Alfamet", "Stowarzyszenie Eksporterów Polskich"),),
        count=1,
    ),
    "handed_a_report_is_no_award": Case(
        "Spółka Alfamet przygotowała raport o eksporcie regionu. Wręczyła go marszałkowi województwa opolskiego.",
        none=("award",),
    ),
    "opened_it_is_no_award": Case(
        "Spółka Drewnex zbudowała nową halę w Gnieźnie. Otworzył ją prezes spółki Jan Nowak.",
        none=("award",),
    ),
    "elliptic_category_line": Case(
        "Statuetki Lidera Eksportu przyznano po raz dziesiąty. W kategorii małych firm nagrodę zdobyła spółka "
        "Alfamet z Opola, wśród dużych przedsiębiorstw – Kronos S.A. z Nysy.",
        events=(ev("award", "Alfamet"), ev("award", "Kronos S.A.")),
    ),
    "uhonorowano_w_kategorii": Case(
        'W kategorii "Debiut Roku" uhonorowano firmę Laboratorium Pomiarów Alfatest z Kielc.',
        events=(ev("award", "Laboratorium Pomiarów Alfatest"),),
    ),
    "kapitula_uhonorowala": Case(
        "Kapituła konkursu uhonorowała spółkę Drewnex z Gniezna.",
        events=(ev("award", "Drewnex"),),
    ),
    "honouring_staff_is_no_award": Case(
        "Spółka Drewnex uhonorowała swoich pracowników dodatkowym dniem wolnym.",
        none=("award",),
    ),
    "honouring_a_memory_is_no_award": Case(
        "Burmistrz uhonorował pamięć zmarłego prezesa spółki Drewnex.",
        none=("award",),
    ),
    # --- item 2: membership as a state ---------------------------------------------------------------------------
    "w_sklad_klastra_wchodza": Case(
        "W skład Klastra Energii Odnawialnej wchodzą firmy Solaris Sp. z o.o., Windpol S.A. i Hydroteka "
        "Sp. z o.o.",
        events=(
            ev("membership", "Solaris Sp. z o.o.", "Klaster Energii Odnawialnej"),
            ev("membership", "Windpol S.A.", "Klaster Energii Odnawialnej"),
            ev("membership", "Hydroteka Sp. z o.o.", "Klaster Energii Odnawialnej"),
        ),
        count=3,
    ),
    "klaster_zrzesza_named": Case(
        "Klaster Obróbki Metali zrzesza spółki Kowalmet Sp. z o.o. i Stalprod S.A. z Ostrowa.",
        events=(
            ev("membership", "Kowalmet Sp. z o.o.", "Klaster Obróbki Metali"),
            ev("membership", "Stalprod S.A.", "Klaster Obróbki Metali"),
        ),
    ),
    "zrzesza_a_count_names_no_member": Case(
        "Śląski Klaster Wodny zrzesza 60 firm i dwie uczelnie.",
        none=("membership",),
    ),
    "do_klastra_named_before": Case(
        "Klaster Obróbki Metali działa w Kaliszu od 2015 roku. W tym roku do klastra dołączyły spółki Polmet "
        "i Arteks.",
        events=(
            ev("membership", "Polmet", "Klaster Obróbki Metali"),
            ev("membership", "Arteks", "Klaster Obróbki Metali"),
        ),
    ),
    "do_stowarzyszenia_named_before": Case(
        "Stowarzyszenie Gmin Nadodrzańskich powstało w 2010 roku. Do stowarzyszenia przystąpiła w maju gmina "
        "Brzeg.",
        events=(ev("membership", "Brzeg", "Stowarzyszenie Gmin Nadodrzańskich"),),
    ),
    "a_new_chief_joins_a_firm_is_no_membership": Case(
        "Spółka Polmet podpisała umowę z firmą Arteks. Do spółki dołączył nowy prezes.",
        none=("membership",),
    ),
    "a_partner_joins_a_firm_is_no_membership": Case(
        "Spółka Polmet podpisała umowę z firmą Arteks. Do firmy dołączyła spółka Betamet jako wspólnik.",
        none=("membership",),
    ),
    "board_members_are_no_membership": Case(
        "W skład zarządu spółki Polmet wchodzą Jan Nowak i Anna Kowalska.",
        none=("membership",),
    ),
    "part_of_a_media_group_is_no_membership": Case(
        "Portal Ekonomia24 wchodzący w skład grupy Medianet opisał inwestycję.",
        none=("membership",),
    ),
    # --- item 4: a decision waited for or put off -----------------------------------------------------------------
    "czeka_z_decyzja": Case(
        "Spółka Termex czeka z decyzją inwestycyjną na wynik przetargu.",
        none=("investment",),
    ),
    "odlozyl_decyzje": Case(
        "Koncern Aerovia odłożył decyzję inwestycyjną w sprawie zakładu w Świdniku do jesieni.",
        none=("investment",),
    ),
    "decision_taken_stays_investment": Case(
        "Zarząd spółki Termex podjął decyzję inwestycyjną: w Kole powstanie nowa hala.",
        events=(ev("investment", "Termex"),),
    ),
    "waiting_for_a_permit_after_building_stays": Case(
        "Spółka Termex zbudowała halę w Kole i czeka na pozwolenie na użytkowanie.",
        events=(ev("investment", "Termex"),),
    ),
}

FAILING: dict[str, str] = {}


@pytest.mark.parametrize("key", keyed_params(CASES, FAILING))
def test_case(key: str) -> None:
    problems = check(CASES[key])
    assert not problems, f"{CASES[key].text}\n" + "\n".join(problems)


@pytest.mark.parametrize(
    "text",
    [
        "Delegacja spółki Kronos odwiedziła partnerów w Opolu. Rewizyta przedstawicieli Opola w Kielcach odbędzie "
        "się 5 czerwca.",
        "Przedstawiciele firmy Alfatech odwiedzili zakład Betamet w Nysie. Kolejna wizyta zaplanowana jest na 12 "
        "września.",
    ],
)
def test_a_visit_to_come_never_dates_a_done_one(text: str) -> None:
    rec = kooperacja.extract(text, doc_id="b", published="2024-05-10")
    done = [e for e in rec["events"] if e["type"] == "visit" and e.get("status", "done") == "done"]
    assert done, rec["events"]
    assert all(e.get("date") is None for e in done), rec["events"]


def test_a_done_visit_keeps_its_own_date_beside_one_to_come() -> None:
    text = "Burmistrz Nysy odwiedził w marcu Opole. Kolejna wizyta w Opolu odbędzie się 5 czerwca."
    rec = kooperacja.extract(text, doc_id="b", published="2024-05-10")
    done = [e for e in rec["events"] if e["type"] == "visit" and e.get("status", "done") == "done"]
    assert [e.get("date") for e in done] == ["2024-03"], rec["events"]


if __name__ == "__main__":  # pass count: PYTHONPATH=src:. python tests/extract/test_event_rules_s8ev5.py
    print_pass_count(CASES, lambda k: check(CASES[k]), lambda k: CASES[k].text)
