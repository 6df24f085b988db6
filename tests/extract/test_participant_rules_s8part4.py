"""Participant rules of session 8, part 4 (invented sentences): an award's own name and its grantor; a partner's
home town; a kind noun in a relative clause."""

from __future__ import annotations

import pytest
from tests.extract.test_participant_battery_s7part import Case, ev
from tests.extract.test_participant_battery_s7part import check as check_with
from tests.extract.test_participant_battery_s8part import PUBLISHED, _norm

CASES: dict[str, Case] = {
    # an adjective of the award noun between it and the genitive that grants it
    "award_adjective_then_grantor": Case(
        "Nagrodę specjalną Marszałka Województwa Lubuskiego za wspieranie sportu odebrało Stowarzyszenie "
        "Aktywni Razem.",
        (ev("award", ("Stowarzyszenie Aktywni Razem", "recipient"), ("Województwo Lubuskie", "grantor")),),
        count=1,
    ),
    "distinction_adjective_then_city": Case(
        "Wyróżnienie specjalne Prezydenta Miasta Kielce trafiło do firmy Kormet.",
        (ev("award", ("Kormet", "recipient"), ("Miasto Kielce", "grantor")),),
        count=1,
    ),
    # a region closing an award's own name is no ranked place
    "region_in_award_name_headline": Case(
        "Laureaci Złotej Wagi Mazowsza nagrodzeni. Nagrody wręczono w Płocku firmom Bromax i Tamex.",
        (ev("award", ("Bromax", "recipient")), ev("award", ("Tamex", "recipient"))),
        count=2,
    ),
    "region_in_award_name_inverted": Case(
        "Nagrodzeni Liderzy Eksportu Lubelszczyzny. Kapituła konkursu nagrodziła firmę Bromax.",
        (ev("award", ("Bromax", "recipient")),),
        count=1,
    ),
    # ... while towns a ranking names stay recipients
    "ranked_towns_stay": Case(
        "Rzeszów i Lublin nagrodzone w rankingu miast przyjaznych biznesowi.",
        (ev("award", ("Rzeszów", "recipient")), ev("award", ("Lublin", "recipient"))),
        count=2,
    ),
    # a town after "z" behind a party's name is where it comes from, no party; "spółka" then stands for the one
    # named before
    "origin_town_of_partner": Case(
        "W Mielcu spółka Ekopal buduje nową halę. We wtorek spółka podpisała umowę z firmą Budrex z Dębicy.",
        (ev("agreement", ("Ekopal", "party"), ("Budrex", "party")),),
        count=1,
    ),
    "town_in_instrumental_is_party": Case(
        "Gmina Krosno podpisała umowę partnerską z Dębicą.",
        (ev("agreement", ("Gmina Krosno", "party"), ("Dębica", "party")),),
    ),
    # the subject of a relative clause is not the one the clause is about
    "relative_clause_kind_noun": Case(
        "Firma Kormet z Radomia rozwija eksport. Jej partnerem jest czeska spółka Tatrakov, z którą firma "
        "zawarła w maju umowę dystrybucyjną.",
        (ev("agreement", ("Kormet", "party"), ("Tatrakov", "party")),),
        count=1,
    ),
    "relative_clause_kind_noun_contractor": Case(
        "W Mielcu spółka Ekopal buduje nową halę. Wykonawcą będzie firma Budrex z Dębicy, z którą spółka "
        "podpisała we wtorek umowę.",
        (ev("agreement", ("Ekopal", "party"), ("Budrex", "party")),),
        count=1,
    ),
    # the signatories named in the sentence after an impersonal signing
    "signatories_next_sentence": Case(
        "W Tarnowie podpisano w poniedziałek porozumienie o współpracy. Sygnatariuszami zostały Gmina Tarnów, "
        "Politechnika Krakowska i spółka Azotex.",
        (
            ev(
                "agreement",
                ("Gmina Tarnów", "party"),
                ("Politechnika Krakowska", "party"),
                ("Azotex", "party"),
            ),
        ),
        count=1,
    ),
    # agreements in the plural with two or more partners after "z": one agreement per partner
    "plural_agreements_two_partners": Case(
        "Politechnika Lubelska podpisała w środę porozumienia z firmą Ekobud i ze spółką Lubtex.",
        (
            ev("agreement", ("Politechnika Lubelska", "party"), ("Ekobud", "party")),
            ev("agreement", ("Politechnika Lubelska", "party"), ("Lubtex", "party")),
        ),
        count=2,
    ),
    "plural_agreements_three_partners": Case(
        "Politechnika Lubelska podpisała w środę porozumienia o współpracy z firmami Ekobud, Lubtex i Agrovit.",
        (
            ev("agreement", ("Politechnika Lubelska", "party"), ("Ekobud", "party")),
            ev("agreement", ("Politechnika Lubelska", "party"), ("Lubtex", "party")),
            ev("agreement", ("Politechnika Lubelska", "party"), ("Agrovit", "party")),
        ),
        count=3,
    ),
    # ... while one agreement in the singular binds all three
    "singular_agreement_three_parties": Case(
        "Politechnika Lubelska podpisała w środę porozumienie o współpracy z firmą Ekobud i ze spółką Lubtex.",
        (ev("agreement", ("Politechnika Lubelska", "party"), ("Ekobud", "party"), ("Lubtex", "party")),),
        count=1,
    ),
    # 'gościć' with an object in the accusative hosts, even after a locative of time ("w kwietniu")
    "hosting_after_time_locative": Case(
        "W kwietniu spółka Ekobud gościła delegację z Saksonii.",
        (ev("visit", ("Ekobud", "host"), ("Saksonia", "visitor")),),
        count=1,
    ),
    "hosting_university_representatives": Case(
        "W kwietniu Politechnika Opolska gościła przedstawicieli firm z Saksonii.",
        (ev("visit", ("Politechnika Opolska", "host"), ("Saksonia", "visitor")),),
        count=1,
    ),
    # ... while 'gościć w' + a place is being a guest
    "guest_in_town": Case(
        "Delegacja Gminy Opole gościła w kwietniu w Dreźnie.",
        (ev("visit", ("Gmina Opole", "visitor"), ("Drezno", "host")),),
        count=1,
    ),
    # a list "dla firmy A (z X) i spółki B (z Y)" shares its preposition over the kind nouns and the origins
    "support_for_two_firms_with_towns": Case(
        "Decyzje o wsparciu wydano dla firmy Ekobud z Puław i spółki Lubtex z Chełma.",
        (ev("investment", ("Ekobud", "investor")), ev("investment", ("Lubtex", "investor"))),
        count=2,
    ),
    "halls_for_two_firms": Case(
        "Hale magazynowe powstaną dla firmy Ekobud i spółki Lubtex.",
        (ev("investment", ("Ekobud", "investor")), ev("investment", ("Lubtex", "investor"))),
        count=2,
    ),
    # a signing to come is another happening than the one told as done
    "planned_agreement_not_merged_into_done": Case(
        "W marcu spółka Ekobud podpisała umowę z Gminą Opole. Kolejną umowę z Gminą Opole spółka Ekobud podpisze 3 czerwca.",
        (ev("agreement", ("Ekobud", "party"), ("Gmina Opole", "party")),),
        count=2,
    ),
}


@pytest.mark.parametrize("key", list(CASES))
def test_case(key: str) -> None:
    problems = check_with(CASES[key], _norm, PUBLISHED)
    assert not problems, f"{CASES[key].text}\n" + "\n".join(problems)
