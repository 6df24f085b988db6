"""A second battery of organisation passages (issue 8, session 7, second round): bare company names with no cue
(the subject of a company's verb, oblique cases, a name seen once with a cue and bare elsewhere), base forms of
names whose complement stays in the genitive or whose last word looks like an inflected noun, and people's
roles with the organisation they serve ("prezes firmy X Jan Nowak", "Jan Nowak, dyrektor X", "z ramienia X",
"reprezentujący X", "przedstawiciel X"). Every passage and every firm is invented; the battery checks
generalisation and is fitted to no gold document. Passages that the extractor still gets wrong are strict
xfails with the reason."""

from __future__ import annotations

from typing import Any

import pytest
from tests.extract.test_org_battery_s7org import Passage, _p, check_passage

PASSAGES: list[Passage] = [
    # ---- bare company names: the subject of a company's verb
    _p(
        "bare_subject_signed",
        "Kormex podpisał w piątek z miastem umowę na dostawę dwudziestu autobusów elektrycznych.",
        orgs={"Kormex"},
    ),
    _p(
        "bare_subject_future_build",
        "Delmar zbuduje w Lesznie halę magazynową o powierzchni 12 tys. m kw. Prace ruszą jesienią.",
        orgs={"Delmar"},
    ),
    _p(
        "bare_subjects_nonvirile_pair",
        "Ferdal i Brenox zainwestowały razem 30 mln zł w centrum badawcze pod Łodzią.",
        orgs={"Ferdal", "Brenox"},
    ),
    _p(
        "bare_subject_neuter",
        "Tarvelo otworzyło w Gnieźnie drugą linię produkcyjną i zatrudniło 80 osób.",
        orgs={"Tarvelo"},
    ),
    _p(
        "cue_then_bare_subject",
        "Spółka Trawex otworzyła zakład w Kutnie. Trawex zatrudni tam w ciągu roku 120 pracowników.",
        orgs={"Trawex"},
    ),
    _p(
        "bare_subject_then_cue",
        "Gorvik przeniesie produkcję z Czech do Polski. Firma Gorvik wybrała działkę w Skarbimierzu.",
        orgs={"Gorvik"},
    ),
    _p(
        "bare_pair_nonvirile_signed",
        "Tarvelo i Gorvik podpisały list intencyjny w sprawie wspólnej fabryki opakowań.",
        orgs={"Tarvelo", "Gorvik"},
    ),
    _p(
        "bare_neuter_signed",
        "Po długich negocjacjach Marvello podpisało umowę z zarządem portu.",
        orgs={"Marvello"},
    ),
    _p(
        "oblique_before_plural_verb_no_subject",
        "Umowy z Gorvikiem podpisały w tym tygodniu dwie gminy.",
        not_orgs={"Gorvikiem"},
    ),
    # ---- bare names in oblique cases
    _p(
        "oblique_instrumental_with",
        "Gmina Wolin podpisała porozumienie z Kormexem w sprawie budowy farmy wiatrowej.",
        orgs={"Gmina Wolin", "Kormex"},
        not_orgs={"Kormexem"},
    ),
    _p(
        "oblique_dative_after_cue",
        "Firma Lendor z Gniezna rozbuduje zakład. Władze miasta sprzedały Lendorowi działkę w strefie.",
        orgs={"Lendor"},
        not_orgs={"Lendorowi"},
    ),
    _p(
        "oblique_genitive_after_cue",
        "Koncern Halvard otworzył biuro w Poznaniu. Dla Halvardu to pierwszy oddział w Europie Środkowej.",
        orgs={"Halvard"},
        not_orgs={"Halvardu"},
    ),
    # ---- base forms
    _p(
        "legal_form_after_word_like_noun",
        "Zezwolenia na działalność w strefie otrzymały: Norbud Elektro S.A. oraz Tamex Sp. z o.o.",
        orgs={"Norbud Elektro S.A.", "Tamex Sp. z o.o."},
        not_orgs={"Elektra"},
    ),
    _p(
        "chamber_of_a_land_genitive",
        "Przedstawiciele Izby Handlowej Bawarii odwiedzili w środę targi w Kielcach.",
        orgs={"Izba Handlowa Bawarii"},
    ),
    _p(
        "government_of_a_free_state",
        "Marszałek spotkał się z delegacją Rządu Wolnego Państwa Turyngia.",
        orgs={"Rząd Wolnego Państwa Turyngia"},
        not_orgs={"Rząd Wolny"},
    ),
    _p(
        "government_of_a_land",
        "Goście z Rządu Saksonii odwiedzili w czwartek strefę przemysłową.",
        orgs={"Rząd Saksonii"},
    ),
    _p(
        "relational_adjective_stays_with_head",
        "Projekt wsparł Urząd Marszałkowski Województwa Lubuskiego. Pracownicy Urzędu Marszałkowskiego "
        "Województwa Lubuskiego odwiedzili zakład.",
        orgs={"Urząd Marszałkowski Województwa Lubuskiego"},
    ),
    _p(
        "gradable_adjective_of_the_complement",
        "Koncert zorganizowała Fundacja Pałacu Młodego Artysty.",
        orgs={"Fundacja Pałacu Młodego Artysty"},
    ),
    _p(
        "zone_with_legal_word_in_lower_case",
        "Gmina zawarła porozumienie z Opolską Strefą Ekonomiczną spółką z o.o. w sprawie nowych terenów.",
        orgs={"Opolska Strefa Ekonomiczna sp. z o.o."},
    ),
    _p(
        "union_of_communes_genitive",
        "Dotację otrzymał Związek Gmin Dolnej Wisły. Prezes Związku Gmin Dolnej Wisły podziękował marszałkowi.",
        orgs={"Związek Gmin Dolnej Wisły"},
    ),
    _p(
        "foundation_genitive_complement",
        "Grant przyznano z inicjatywy Fundacji Rozwoju Wolnego Rynku.",
        orgs={"Fundacja Rozwoju Wolnego Rynku"},
    ),
    # ---- persons' roles and their organisations
    _p(
        "role_title_firm_name_person",
        "Umowę podpisał prezes firmy Kormex Jan Nowak.",
        orgs={"Kormex"},
        roles=(("Jan Nowak", "Kormex"),),
    ),
    _p(
        "role_apposition_after_person",
        "Tomasz Wrona, dyrektor spółki Delmar, zapowiedział nabór stu pracowników.",
        orgs={"Delmar"},
        roles=(("Tomasz Wrona", "Delmar"),),
    ),
    _p(
        "role_apposition_bare_genitive",
        "Firma Halvard otworzy biuro w Gdyni. Jak powiedział Piotr Sowa, dyrektor Halvardu, biuro zatrudni 40 osób.",
        orgs={"Halvard"},
        roles=(("Piotr Sowa", "Halvard"),),
    ),
    _p(
        "role_owner_feminine",
        "Barbara Lis, właścicielka pracowni Lniany Dom, podpisała kontrakt z siecią sklepów w Niemczech.",
        orgs={"Lniany Dom"},
        roles=(("Barbara Lis", "Lniany Dom"),),
    ),
    _p(
        "role_represented_by_after_verb",
        "Z ramienia gminy umowę podpisał burmistrz Jan Sowa, a spółkę Ekopak reprezentowała Maria Wilk.",
        orgs={"Ekopak"},
        roles=(("Maria Wilk", "Ekopak"),),
    ),
    _p(
        "role_on_behalf_z_ramienia",
        "Z ramienia Agencji Rozwoju Przemysłu umowę parafowała Ewa Kowalska.",
        orgs={"Agencja Rozwoju Przemysłu"},
        roles=(("Ewa Kowalska", "Agencja Rozwoju Przemysłu"),),
    ),
    _p(
        "role_z_ramienia_after_person",
        "Budowę nadzoruje Marek Zając z ramienia spółki Termal Serwis.",
        orgs={"Termal Serwis"},
        roles=(("Marek Zając", "Termal Serwis"),),
    ),
    _p(
        "role_representing_participle",
        "Ewa Lis, reprezentująca Fundację Zielony Most, mówiła o grantach dla szkół.",
        orgs={"Fundacja Zielony Most"},
        roles=(("Ewa Lis", "Fundacja Zielony Most"),),
    ),
    _p(
        "role_representing_before_person",
        "Reprezentujący Politechnikę Gdańską prof. Adam Mróz podpisał list intencyjny z gminą.",
        orgs={"Politechnika Gdańska"},
        roles=(("Adam Mróz", "Politechnika Gdańska"),),
    ),
    _p(
        "role_representing_company_then_person",
        "Umowę podpisali reprezentująca spółkę Ekopak Maria Wilk oraz burmistrz Jan Sowa.",
        orgs={"Ekopak"},
        roles=(("Maria Wilk", "Ekopak"),),
    ),
    _p(
        "role_representative_apposition",
        "Na spotkaniu był też Piotr Wiśniewski, przedstawiciel Pomorskiej Izby Rzemieślniczej.",
        orgs={"Pomorska Izba Rzemieślnicza"},
        roles=(("Piotr Wiśniewski", "Pomorska Izba Rzemieślnicza"),),
    ),
    _p(
        "role_representative_feminine",
        "Anna Nowicka, przedstawicielka Kujawskiej Agencji Innowacji, omówiła zasady naboru.",
        orgs={"Kujawska Agencja Innowacji"},
        roles=(("Anna Nowicka", "Kujawska Agencja Innowacji"),),
    ),
    _p(
        "role_vice_president_bank",
        "Zakład zwiedził Jerzy Król, wiceprezes Banku Spółdzielczego w Rypinie.",
        orgs={"Bank Spółdzielczy w Rypinie"},
        roles=(("Jerzy Król", "Bank Spółdzielczy w Rypinie"),),
    ),
    _p(
        "role_board_president_legal_form",
        "Prezes zarządu Kalbud S.A. Tomasz Mazur zapowiedział budowę drugiego zakładu.",
        orgs={"Kalbud S.A."},
        roles=(("Tomasz Mazur", "Kalbud S.A."),),
    ),
    _p(
        "role_in_the_name_of_commune",
        "W imieniu Gminy Sosnowo porozumienie podpisał wójt Adam Lis.",
        orgs={"Gmina Sosnowo"},
        roles=(("Adam Lis", "Gmina Sosnowo"),),
    ),
    _p(
        "role_plural_representatives_list",
        "Firmę Dromex reprezentowali Jan Kot i Ewa Sowa.",
        orgs={"Dromex"},
        roles=(("Jan Kot", "Dromex"), ("Ewa Sowa", "Dromex")),
    ),
    _p(
        "role_owner_of_company",
        "Właściciel firmy Stolmar Andrzej Pawlak od lat współpracuje z niemieckimi meblarzami.",
        orgs={"Stolmar"},
        roles=(("Andrzej Pawlak", "Stolmar"),),
    ),
]


# Passages the extractor does not pass yet, with the reason (strict: a fix makes them fail, so they move up).
# s7-int (a7276d8) passed 19 of the 38; s7-org2 passes 35; s12-org13 36 (the cooperative bank's seat).
XFAIL: dict[str, str] = {
    "oblique_instrumental_with": "a bare unknown name in an oblique case ('z Kormexem') with no cue in the document",
}


def _params() -> list[Any]:
    out = []
    for p in PASSAGES:
        marks = [pytest.mark.xfail(strict=True, reason=XFAIL[p.key])] if p.key in XFAIL else []
        out.append(pytest.param(p, id=p.key, marks=marks))
    return out


@pytest.mark.parametrize("passage", _params())
def test_passage(passage: Passage) -> None:
    problems = check_passage(passage)
    assert not problems, f"{passage.text!r}: {problems}"


def test_battery_shape() -> None:
    keys = [p.key for p in PASSAGES]
    assert len(keys) == len(set(keys))
    assert 20 <= len(PASSAGES) <= 40
    assert set(XFAIL) <= set(keys)
