"""A second battery of short invented news passages about who takes part in an event (issue 8, item 3; session 7,
second round). Every passage is written for this file: invented firms and bodies, real towns and regions. It
covers what the first battery (test_participant_battery_s7part.py) left: a host that has guests ("gościć" with
its object in the accusative), object-verb-subject order where only the case tells the visitor from the host,
participants named in the sentence after the event ("z udziałem", "wzięli udział", a list after a colon), the
investor of the sentence before reached through a possessive ("rozbudowano jej zakład"), and agreements whose
actor is a zero subject or the unnamed authorities of a named town, zone or region ("władze miasta X").

Each case states the events a reader takes from it: (type, {(name, role)}), participants exactly; names are
compared by the scorer's loose key (the first four letters of each word), so that base forms are judged elsewhere.
"""

from __future__ import annotations

import pytest
from tests.extract.battery import keyed_params, loose_key, print_pass_count
from tests.extract.test_participant_battery_s7part import Case, ev, parties
from tests.extract.test_participant_battery_s7part import check as check_with

PUBLISHED = "2024-06-12"


CASES: dict[str, Case] = {
    # --- host and guest: the case tells them apart -----------------------------------------------------------
    "commune_hosted_company": Case(
        "Gmina Kłodzko gościła we wtorek przedstawicieli czeskiej spółki Vitkon.",
        (ev("visit", ("Gmina Kłodzko", "host"), ("Vitkon", "visitor")),),
    ),
    "office_hosted_delegation": Case(
        "Urząd Miasta Sanok gościł delegację ukraińskiej firmy Karpatwood.",
        (ev("visit", ("Urząd Miasta Sanok", "host"), ("Karpatwood", "visitor")),),
    ),
    "park_hosts_guests_present": Case(
        "Park Naukowo-Technologiczny Polsolar gości dziś przedstawicieli koncernu Helion Energy.",
        (ev("visit", ("Park Naukowo-Technologiczny Polsolar", "host"), ("Helion Energy", "visitor")),),
    ),
    "plant_visited_by_delegation_ovs": Case(
        "Zakład firmy Polmetal odwiedziła w czwartek delegacja spółki Nordtech.",
        (ev("visit", ("Polmetal", "host"), ("Nordtech", "visitor")),),
    ),
    "zone_visited_by_representatives_ovs": Case(
        "Pomorską Specjalną Strefę Ekonomiczną odwiedzili we wtorek przedstawiciele firmy Baltkon.",
        (ev("visit", ("Pomorska Specjalna Strefa Ekonomiczna", "host"), ("Baltkon", "visitor")),),
    ),
    "university_visited_ovs": Case(
        "Politechnikę Rzeszowską odwiedziła w środę delegacja spółki Avionet.",
        (ev("visit", ("Politechnika Rzeszowska", "host"), ("Avionet", "visitor")),),
    ),
    "svo_visit_stays_right": Case(
        "Przedstawiciele spółki Granex odwiedzili w poniedziałek Urząd Gminy Kobierzyce.",
        (ev("visit", ("Granex", "visitor"), ("Urząd Gminy Kobierzyce", "host")),),
    ),
    # --- participants named in the sentence after ------------------------------------------------------------
    "conference_z_udzialem": Case(
        "W Katowicach odbyła się konferencja o magazynowaniu energii z udziałem firm Enerkon i Hydropol.",
        (ev("conference", ("Enerkon", "participant"), ("Hydropol", "participant")),),
    ),
    "conference_then_took_part": Case(
        "Izba Gospodarcza Śląska zorganizowała w Gliwicach forum przemysłu. Wzięli w nim udział przedstawiciele "
        "spółek Tarmet i Silvent.",
        (
            ev(
                "conference",
                ("Izba Gospodarcza Śląska", "organizer"),
                ("Tarmet", "participant"),
                ("Silvent", "participant"),
            ),
        ),
    ),
    "seminar_participants_uczestniczyly": Case(
        "Agencja Rozwoju Mazowsza przygotowała seminarium o eksporcie. Uczestniczyły w nim firmy Wistop i Kornel.",
        (
            ev(
                "conference",
                ("Agencja Rozwoju Mazowsza", "organizer"),
                ("Wistop", "participant"),
                ("Kornel", "participant"),
            ),
        ),
    ),
    "forum_then_list_after_colon": Case(
        "W Poznaniu odbyło się forum inwestycyjne. Udział w nim wzięły: Wielkopolska Izba Rzemieślnicza, spółka "
        "Agrobud i Gmina Swarzędz.",
        (
            ev(
                "conference",
                ("Wielkopolska Izba Rzemieślnicza", "participant"),
                ("Agrobud", "participant"),
                ("Gmina Swarzędz", "participant"),
            ),
        ),
    ),
    "engaged_in_a_joint_project_colon": Case(
        "W realizację wspólnego projektu badawczego zaangażowały się: Politechnika Śląska, spółka Carbotech i "
        "Gmina Rybnik.",
        (parties("cooperation", "Politechnika Śląska", "Carbotech", "Gmina Rybnik"),),
    ),
    "delegation_takes_part_in_a_forum": Case(
        "Delegacja Obwodu Czerniowieckiego przebywała w Suczawie. Delegacja wzięła udział w forum gospodarczym "
        "regionu.",
        (
            ev("visit", ("Obwód Czerniowiecki", "visitor"), ("Suczawa", "host")),
            ev("conference", ("Obwód Czerniowiecki", "participant")),
        ),
    ),
    # --- the investor of the sentence before, through a possessive --------------------------------------------
    "possessive_jej_factory": Case(
        "Firma Ketrix produkuje w Mielcu części lotnicze. W zeszłym roku rozbudowano jej fabrykę o nową halę.",
        (ev("investment", ("Ketrix", "investor")),),
    ),
    "possessive_jego_plant": Case(
        "Koncern Brovin ma zakład w Kutnie. W maju zmodernizowano jego linię produkcyjną.",
        (ev("investment", ("Brovin", "investor")),),
    ),
    # --- agreements: a zero subject, or the unnamed authorities of a named place ------------------------------
    "zero_subject_agreement": Case(
        "Gmina Wieliczka od lat rozwija turystykę. Wczoraj zawarła porozumienie o współpracy z firmą Saltour.",
        (parties("agreement", "Gmina Wieliczka", "Saltour"),),
    ),
    "zero_subject_letter_town": Case(
        "Miasto Płock wspiera młodych przedsiębiorców. We wtorek podpisało list intencyjny ze spółką Orvex.",
        (parties("letter_of_intent", "Miasto Płock", "Orvex"),),
    ),
    "town_authorities_sign": Case(
        "Władze Kalisza podpisały umowę o współpracy ze spółką Calbud.",
        (parties("agreement", "Kalisz", "Calbud"),),
    ),
    "zone_authorities_sign": Case(
        "Władze Wałbrzyskiej Specjalnej Strefy Ekonomicznej zawarły porozumienie o współpracy z Gminą Świebodzice.",
        (parties("agreement", "Wałbrzyska Specjalna Strefa Ekonomiczna", "Gmina Świebodzice"),),
    ),
    "regional_authorities_sign_with_company": Case(
        "Władze województwa opolskiego podpisały list intencyjny z firmą Oponex.",
        (parties("letter_of_intent", "województwo opolskie", "Oponex"),),
    ),
    "commune_authorities_after_the_commune": Case(
        "Gmina Ozimek od lat rozwija strefę przemysłową. W czwartek władze gminy podpisały porozumienie ze spółką "
        "Steelcon.",
        (parties("agreement", "Gmina Ozimek", "Steelcon"),),
    ),
    "authorities_of_the_region_before": Case(
        "Województwo Pomorskie od lat wspiera gospodarkę morską. W piątek władze regionu podpisały porozumienie o "
        "współpracy ze spółką Portmar.",
        (parties("agreement", "Województwo Pomorskie", "Portmar"),),
    ),
}

# Cases that fail with the code of this branch; strict, so that fixing one makes the run say so. s7-int (b68c6b7)
# passes 11 of the 22; the case rule for subject and object of visiting and hosting verbs passes five more, the
# possessive after an impersonal trigger two (18 of 22).
FAILING: dict[str, str] = {
    "seminar_participants_uczestniczyly": "the second name of 'firmy Wistop i Kornel' is no organisation (names)",
    "engaged_in_a_joint_project_colon": "found since s8 ('wspólny projekt' with 'zaangażować się'), but split into one "
    "cooperation per partner of the party named first (event_merge)",
    "delegation_takes_part_in_a_forum": "the town the delegation stays in is no host of the visit, and the forum "
    "with the delegation as its only participant is not kept",
}


_norm = loose_key


def check(case: Case) -> list[str]:
    """What the extractor gets wrong on one case (empty when it is right), names by the loose key."""
    return check_with(case, _norm, PUBLISHED)


def test_the_battery_is_varied() -> None:
    assert 15 <= len(CASES) <= 25
    assert len({c.text for c in CASES.values()}) == len(CASES)


@pytest.mark.parametrize("key", keyed_params(CASES, FAILING))
def test_battery_case(key: str) -> None:
    problems = check(CASES[key])
    assert not problems, f"{CASES[key].text}\n" + "\n".join(problems)


if (
    __name__ == "__main__"
):  # pass count: PYTHONPATH=src:. python tests/extract/test_participant_battery_s7part2.py
    print_pass_count(CASES, lambda k: check(CASES[k]), lambda k: CASES[k].text)
