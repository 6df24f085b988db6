"""English names, session 6: words that English grammar shows to name things, not bodies (one sentence of our
own for each rule of `extract/en/names.py` and each data row added with it)."""

from __future__ import annotations

import pytest

from .conftest import english, names


def orgs(text: str) -> set[str]:
    return set(names(english(text), "organization"))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Sales of EVs and ATMs grew fast, Tarnel Group said.", "ATMs"),  # a plural acronym
        ("Tarnel Group will open an MRO facility near the airport.", "MRO"),  # after "an"
        ("Tarnel Group will also build a PCB line in the hall.", "PCB"),  # after "a"
        ("The farm will make 120 TWh over its life, Tarnel Group said.", "TWh"),  # a unit after a number
        ("The park will sell 45 kWp of power to Tarnel Group.", "kWp"),  # a unit after a number
        ("Tarnel Group makes battery management systems (BMS) in Lodz.", "BMS"),  # defined by common words
        ("The new iPhone will be assembled by Tarnel Group in Wroclaw.", "iPhone"),  # small letter first
        ("The A320 jets of the airline get new seats from Tarnel Group.", "A320"),  # letters and digits
        ("Cracow has many FinTech start-ups, says Tarnel Group.", "FinTech"),  # a field in mixed case
        ("Its shares joined the WIG20 index, Tarnel Group said.", "WIG20"),  # "index" after it
        ("Within HARBOURNET, Tarnel Group tested a crane.", "HARBOURNET"),  # a project after "within"
        ("Tarnel Group trains welders under EDUWELD.", "EDUWELD"),  # a programme after "under"
        ("MEDIMEX, the largest medical fair, was opened by Tarnel Group.", "MEDIMEX"),  # an apposition
        ("The Tarvel app, a booking tool, was made by Tarnel Group.", "Tarvel"),  # an apposition
        ("The KELP and ORCAS projects are run by Tarnel Group.", "KELP"),  # coordinated before "projects"
        ("Cracow has FinTech and BioData start-ups, says Tarnel Group.", "BioData"),  # coordinated fields
    ],
)
def test_thing_words_are_no_organisations(text: str, word: str) -> None:
    found = orgs(text)
    assert word not in found
    assert "Tarnel Group" in found


def test_a_year_before_an_acronym_keeps_it_a_body() -> None:
    assert "KSSE" in orgs("In 2024 KSSE admitted twelve new investors to the zone.")


def test_a_possessive_keeps_a_small_letter_name_a_body() -> None:
    assert "fDi" in orgs("The zone was praised by fDi's editors this year.")


def test_a_title_after_titled_is_no_body() -> None:
    found = orgs("A webinar titled Exporting To Canada was held by the Warta Chamber of Commerce.")
    assert found == {"Warta Chamber of Commerce"}


def test_a_code_shaped_name_with_a_cue_is_a_company() -> None:
    assert "S77" in orgs("The chemical group S77 from Luxembourg opened a plant in Plock.")


def test_a_title_and_the_country_its_holder_answers_for_is_no_body() -> None:
    assert orgs("Country Manager Poland at Tarnel Group, Ewa Lis, spoke first.") == {"Tarnel Group"}


def test_an_award_noun_after_a_name_makes_it_the_award() -> None:
    assert orgs("The Friendly Municipality award went to Tarnel Group.") == {"Tarnel Group"}
    assert "Tarnel Agency" in orgs("The Tarnel Agency awards grants to start-ups.")  # "awards" as a verb


def test_a_sentence_opening_preposition_is_no_part_of_a_name() -> None:
    assert orgs("Within Tarnel Group, three teams build robots.") == {"Tarnel Group"}


def test_a_bare_acronym_written_once_needs_a_cue() -> None:
    assert orgs("The plant uses the TRAX line to sort parcels.") == set()
    assert "TRAX" in orgs("TRAX will build a plant in Lodz. TRAX employs 300 people.")  # written twice


def test_a_well_known_company_is_one_without_a_cue() -> None:
    assert "ABB" in orgs("The new line in Lodz was delivered by ABB.")


def test_an_acronym_after_a_country_possessive_is_a_body() -> None:
    assert orgs("Korea's KVTA and Norway's NVTA opened a joint desk.") == {"KVTA", "NVTA"}


def test_an_acronym_of_a_body_named_before_is_that_body() -> None:
    found = names(
        english("The Warta Export Agency met buyers. Later the WEA paid for a stand."), "organization"
    )
    assert set(found) == {"Warta Export Agency"} and "WEA" in found["Warta Export Agency"]["aliases"]


def test_an_acronym_joined_to_a_body_by_and_is_a_body() -> None:
    assert orgs("The trip was prepared by QVT and the Warta Export Agency.") == {"QVT", "Warta Export Agency"}


def test_a_well_known_company_named_alone_needs_no_verb() -> None:
    assert "Foxconn" in orgs(
        "Investors from Taiwan toured the region; Foxconn and two suppliers looked at land."
    )


def test_a_known_company_named_by_a_common_word_is_left_to_the_cues() -> None:
    assert orgs("The Orange shirts of the team were sold out.") == set()


def test_a_known_body_of_the_company_gazetteer_keeps_its_subtype() -> None:
    found = names(english("The loan for the plant was granted by BGK last week."), "organization")
    assert found["BGK"]["subtype"] == "agency"


def test_a_body_ending_in_its_head_and_a_name_after_and_are_not_one() -> None:
    found = orgs("Lublin City Hall and Zarvo Terminals agreed to build a road.")
    assert "Lublin City Hall" in found and "Lublin City Hall and Zarvo Terminals" not in found
    assert "Polish Investment and Trade Agency" in orgs("The Polish Investment and Trade Agency met them.")


def test_an_organ_of_a_body_is_folded_into_the_body() -> None:
    assert orgs("The Supervisory Board of Zarvo Cables approved the budget.") == {"Zarvo Cables"}
