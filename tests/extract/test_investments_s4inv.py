"""Investment events, session 4 (issue 8, items 1, 3 and 5): permits, plant verbs and nouns, investors named by a
copula or a list, imperfective partners, subjects outside the trigger's clause, plans (sentences written for the
tests)."""

from __future__ import annotations

import pytest
from tests.extract.test_events_figures import events_of


def investors(text: str) -> list[set[str]]:
    return [
        {name for name, role in e["roles"] if role == "investor"}
        for e in events_of(text, published="2024-05-10")
        if e["type"] == "investment"
    ]


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        # item 1: permits and support decisions granted to a named company
        ("Zezwolenie na działalność w strefie otrzymała spółka Termoplast Polska.", "Termoplast Polska"),
        ("Decyzję o wsparciu nowej inwestycji otrzymała spółka Metalex.", "Metalex"),
        ("Spółka Metalex otrzymała decyzję o wsparciu inwestycji w Kutnie.", "Metalex"),
        # plant verbs, nouns and phrases
        ("Spółka Kowalczyk Meble rozbuduje swój zakład w Radomsku.", "Kowalczyk Meble"),
        ("Firma Drewpol zmodernizowała linię produkcyjną w zakładzie w Ełku.", "Drewpol"),
        ("Spółka Ferroplast uruchomiła produkcję w nowej hali w Mielcu.", "Ferroplast"),
        ("Nowy zakład firmy Polmet został oddany do użytku w Świdniku.", "Polmet"),
        ("Fabryka spółki Hutmen Components powstanie w Stalowej Woli.", "Hutmen Components"),
        ("Firma Datasoft otworzyła biuro w Rzeszowie.", "Datasoft"),
        ("Koncern Nordwind otworzył oddział w Gdańsku.", "Nordwind"),
        ("Spółka Metalex rozpoczęła budowę zakładu w Kutnie.", "Metalex"),
        ("Spółka Metalex kupiła działkę w Kutnie pod budowę zakładu.", "Metalex"),
        ("Inwestycję w Kutnie realizuje spółka Metalex.", "Metalex"),
        ("Nową halę w Kutnie wybudowała spółka Metalex.", "Metalex"),
        ("W Kutnie otwarto nową fabrykę spółki Metalex.", "Metalex"),
        ("Spółka Metalex ogłosiła inwestycję w Kutnie.", "Metalex"),
        # imperfective partners
        ("Spółka Hydromet inwestuje w nową linię produkcyjną w Tczewie.", "Hydromet"),
        ("Spółka Metalex buduje w Kutnie nowy magazyn.", "Metalex"),
        ("Spółka Metalex rozbudowuje zakład w Kutnie.", "Metalex"),
        ("Spółka Metalex modernizuje zakład w Kutnie.", "Metalex"),
        # investors by a copula or a list
        ("Nowym inwestorem w Podstrefie Kutno jest firma Metalex Sp. z o.o.", "Metalex Sp. z o.o."),
    ],
)
def test_an_investment_phrasing_names_its_investor(text: str, investor: str) -> None:
    assert any(investor in found for found in investors(text)), text


def test_permits_listed_after_a_colon_are_one_investment_each() -> None:
    found = investors(
        "Zezwolenia na prowadzenie działalności w strefie otrzymały: Alfaplast Sp. z o.o., Betonex S.A. "
        "oraz Gammatech Sp. z o.o."
    )
    assert found == [{"Alfaplast Sp. z o.o."}, {"Betonex S.A."}, {"Gammatech Sp. z o.o."}]


def test_the_largest_investments_named_by_a_copula_list() -> None:
    found = investors("Największe inwestycje w strefie to Solaris Components, Amberplast i Metalex.")
    assert found == [{"Solaris Components"}, {"Amberplast"}, {"Metalex"}]


# --- added in session 4 -------------------------------------------------------------------------------------


def test_a_plant_arises_after_a_place_whose_last_word_is_also_a_verb() -> None:
    # "Woli" is also a form of "wolić": the last word of a name governs no noun after it
    assert investors("W Stalowej Woli powstanie fabryka firmy Hutmen Components.") == [{"Hutmen Components"}]


@pytest.mark.parametrize(
    "text",
    [
        "Firma Metalex otwiera nowy zakład w Kutnie.",  # otworzyć → otwierać (event_aspect_rules)
        "Spółka Metalex otwiera biuro w Kutnie.",
        "Spółka Metalex otworzy centrum badawczo-rozwojowe w Kutnie.",
        "Spółka Metalex uruchomiła centrum usług wspólnych w Kutnie.",
        "Spółka Metalex powiększy zakład w Kutnie o nową halę.",
    ],
)
def test_opening_a_plant_or_centre_and_enlarging_a_plant_are_investments(text: str) -> None:
    assert investors(text) == [{"Metalex"}], text


@pytest.mark.parametrize(
    "text",
    [
        "Firma Metalex S.A. działa w Łodzi od lat. Spółka zainwestowała w nowy zakład w Kutnie.",
        "Firma Metalex S.A. działa w Łodzi od lat. Teraz zbuduje nowy zakład w Kutnie.",
    ],
)
def test_the_company_of_the_sentence_before_invests(text: str) -> None:
    assert investors(text) == [{"Metalex S.A."}], text


def test_a_noun_subject_of_its_own_keeps_the_sentence_before_out() -> None:
    text = "Koncern Metalex S.A. założył park w Płocku. Park buduje silną sieć kontaktów z uczelniami."
    assert investors(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Firma Gammatech planuje podpisanie umowy z Politechniką Łódzką.",
        "Spółka Alfaplast planuje budowę zakładu w Kutnie.",
        "Strony przewidują długofalową współpracę Gminy Kutno z Izbą Gospodarczą Alfa.",
    ],
)
def test_a_plan_whose_object_is_the_trigger_is_no_event(text: str) -> None:
    assert events_of(text, published="2024-05-10") == [], text


def test_a_plan_in_a_relative_clause_leaves_the_signing_done() -> None:
    evs = events_of(
        "Firma Gammatech podpisała umowę z Politechniką Łódzką, która planuje rozbudowę kampusu.",
        published="2024-05-10",
    )
    assert [e["type"] for e in evs] == ["agreement"]
    assert evs[0]["status"] == "done"


@pytest.mark.parametrize(
    "text",
    [
        "Wałbrzyska Specjalna Strefa Ekonomiczna wydała zezwolenie na działalność firmie Nordhem Sp. z o.o.",
        "Firmie Nordhem Sp. z o.o. przyznano decyzję o wsparciu.",
    ],
)
def test_a_permit_or_support_decision_granted_states_an_investment(text: str) -> None:
    assert investors(text) == [{"Nordhem Sp. z o.o."}], text


def test_a_zone_that_issues_decisions_in_general_invests_nothing() -> None:
    assert investors("Decyzje o wsparciu wydaje Wałbrzyska Specjalna Strefa Ekonomiczna.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Huta Alfa S.A., będąca najstarszym polskim zakładem w regionie, dołączyła do Klastra Metalowego.",
        "Spółka Metalex jest największym zakładem produkcyjnym w Kutnie.",
    ],
)
def test_a_plant_noun_with_the_copula_says_what_something_is(text: str) -> None:
    assert investors(text) == [], text


def test_an_investor_named_by_the_copula_still_invests() -> None:
    assert investors("Spółka Metalex, która jest inwestorem w strefie, wybudowała halę.") == [{"Metalex"}]


@pytest.mark.parametrize(
    "text",
    [
        "Ruszyła produkcja w nowym zakładzie firmy Metalex w Kutnie.",  # ruszyć + a plant noun
        "Spółka Metalex uruchamia nową linię produkcyjną w Kutnie.",  # linia produkcyjna
        "Firma Metalex rozpoczyna inwestycję w Kutnie.",  # rozpocząć → rozpoczynać
        "Spółka Metalex zlokalizuje swój nowy zakład w Kutnie.",
        "W Kutnie stanie nowa hala firmy Metalex.",
        "Spółka Metalex realizuje w Kutnie projekt inwestycyjny o wartości 30 mln zł.",
        "Nowa fabryka firmy Metalex w Kutnie.",  # a headline with no verb
        "W Kutnie ruszyła budowa zakładu firmy Metalex.",
        "Firma Metalex zakończyła budowę hali w Kutnie.",
        "Spółka Metalex zdecydowała się na budowę zakładu w Kutnie.",
        "Firma Metalex otrzymała pozwolenie na budowę zakładu w Kutnie.",
        "Spółka Metalex nabyła w Kutnie 10 ha gruntów pod budowę fabryki.",
        "Kolejną inwestycję w strefie realizuje spółka Metalex.",
    ],
)
def test_more_plant_phrasings(text: str) -> None:
    assert investors(text) == [{"Metalex"}], text


def test_a_verb_in_the_sentence_keeps_a_plant_noun_from_standing_alone() -> None:
    assert investors("Fabryka firmy Metalex w Kutnie ma sto lat.") == []


def test_the_company_a_plant_is_built_for_invests_not_its_builder() -> None:
    assert investors("Mostostal Warszawa wybuduje halę dla firmy Metalex w Kutnie.") == [{"Metalex"}]


def test_a_headline_where_another_event_happens_states_no_plant() -> None:
    assert investors("Wizyta prezesa Jana Nowaka na terenie przyszłej inwestycji firmy Metalex") == []


def test_a_headline_plant_noun_needs_its_owner_after_it() -> None:
    assert investors("Spółka Metalex i nowa fabryka w Kutnie") == []


def test_the_new_aspect_rules_find_their_partners_in_the_dictionary() -> None:
    from kooperacja.extract.lexicon import lexicon
    from kooperacja.extract.triggers import with_aspect_partners

    lex = lexicon("pl")
    rows = with_aspect_partners("pl", lex.triggers, frozenset(lex.modality))
    for perfective, imperfective in (("otworzyć", "otwierać"), ("rozpocząć", "rozpoczynać")):
        assert set(lex.triggers[perfective]) <= set(rows[imperfective]), imperfective
    # the rules over-generate; the dictionary keeps only real imperfective verbs
    assert "stwierać" not in rows and "zajynać" not in rows
