"""Rules and rows of session 7 (issue 12, English organisations, roles and figures on unseen articles), each
with sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from kooperacja.data import read_tsv

from .conftest import english


def _orgs(text: str) -> dict[str, dict[str, Any]]:
    return {e["name"]: e for e in english(text)["entities"] if e["type"] == "organization"}


def _figures(text: str) -> set[tuple[str, str, float, str]]:
    record = english(text)
    names = {e["id"]: e["name"] for e in record["entities"]}
    return {(names[f["entity"]], f["metric"], float(f["value"]), f["unit"]) for f in record["figures"]}


# ---- given names that the Polish dictionary lacks (data/en/first_names.tsv)
@pytest.mark.parametrize("first", ["Jonas", "Henrik", "Lars", "Mikael", "Siri"])
def test_foreign_given_name_after_a_title_of_a_body_is_a_person(first: str) -> None:
    record = english(f"The chief engineer of Tervo Motors, {first} Halvard, opened the new line.")
    people = [e["name"] for e in record["entities"] if e["type"] == "person"]
    assert f"{first} Halvard" in people, record["entities"]
    assert f"{first} Halvard" not in _orgs(f"The chief engineer of Tervo Motors, {first} Halvard, opened it.")


def test_first_names_rows_are_unique_and_capitalised() -> None:
    names = [r["name"] for r in read_tsv("en/first_names.tsv")]
    assert len(names) == len(set(names)) and all(n[:1].isupper() for n in names)


# ---- a title, its field and "of" before the body
def test_title_with_a_field_then_of_names_the_body_after_the_field() -> None:
    orgs = _orgs("The Head of Corporate Affairs of Delvox Energy met the mayor.")
    assert "Delvox Energy" in orgs and not any("Affairs" in n for n in orgs), orgs


# ---- the press (grammar_words "media_head")
@pytest.mark.parametrize("head", ["Times", "Journal", "Gazette", "Review", "Ledger", "Insider"])
def test_a_newspaper_title_is_no_organisation(head: str) -> None:
    orgs = _orgs(f"According to the Baltic Trade {head}, Kovac Steel will cut output.")
    assert "Kovac Steel" in orgs and not any(head in n for n in orgs), orgs


# ---- units named by task words, in any number (grammar_words "unit_task", by lemma)
def test_a_unit_named_by_plural_task_words_is_no_body() -> None:
    assert _orgs("Our Customer Services Department will call you back.") == {}


# ---- "of" after a person's given name and surname (split, and roles' "affiliation")
def test_person_of_a_firm_without_a_head_word() -> None:
    record = english('"Prices will fall," said Sara Lindqvist of Quorvanti Seafood.')
    ents = {e["id"]: e for e in record["entities"]}
    person = next(e for e in record["entities"] if e["type"] == "person")
    assert person["name"] == "Sara Lindqvist"
    assert [ents[r["organization"]]["name"] for r in person["roles"]] == ["Quorvanti Seafood"]


def test_person_of_a_place_stays_no_company() -> None:
    assert _orgs("Sara Lindqvist of Gdansk spoke first.") == {}


# ---- a firm's works or parts (grammar_words "firm_part", "works_noun", "possessive_determiner")
@pytest.mark.parametrize("part", ["office", "subsidiary", "branch", "plant", "warehouse"])
def test_name_after_a_firm_part_and_of_is_a_company(part: str) -> None:
    assert "Quessa Varnholt" in _orgs(f"The {part} of Quessa Varnholt moved to Gliwice last year.")


def test_possessive_name_before_its_works_is_a_company() -> None:
    assert "Ostrel Cables" in _orgs("Ostrel Cables's new wire mill in Bydgoszcz opens in May.")


def test_works_named_after_its_owner_possessive_determiner_is_no_company() -> None:
    assert _orgs("The cluster holds its meetings in its Kestrel Point headquarters.") == {}


# ---- things named by two words joined by "and" before a noun of a thing
def test_two_word_category_name_is_no_body() -> None:
    assert _orgs("Gdynia won the Talent and Lifestyle category.") == {}


# ---- products (grammar_words "thing_apposition")
@pytest.mark.parametrize("kind", ["system", "platform", "vehicle", "drug", "engine"])
def test_brand_in_apposition_with_a_thing_is_no_body(kind: str) -> None:
    assert "VoltaMax" not in _orgs(f"Hospitals tested VoltaMax, a new {kind} sold in Poland.")


# ---- verbs of firms after a name (grammar_words "company_verb"), also after a place's name
@pytest.mark.parametrize(
    "verb",
    [
        "added",
        "showed",
        "sold",
        "launched",
        "bought",
        "leased",
        "announced",
        "unveiled",
        "completed",
        "created",
        "recruited",
    ],
)
def test_name_before_a_verb_of_firms_is_a_company(verb: str) -> None:
    assert "Brenik Steel" in _orgs(f"In May, Brenik Steel {verb} a new line in Tczew.")


def test_known_place_opening_a_firm_name_before_a_verb_of_firms() -> None:
    assert "Ostrava Rail" in _orgs("Ostrava Rail announced a new depot in Katowice.")


# ---- acronyms
def test_acronym_with_an_acronym_inside_the_name() -> None:
    orgs = _orgs("The Jeonnam FEZ Authority (JNFEZ) opened a desk in Gdansk.")
    assert orgs.get("Jeonnam FEZ Authority", {}).get("aliases") == ["JNFEZ"], orgs


def test_acronym_in_brackets_after_a_body_is_its_short_name_whatever_its_letters() -> None:
    orgs = _orgs("The Nordvik Port Authority (NORPA) will dredge the canal near Police.")
    assert orgs.get("Nordvik Port Authority", {}).get("aliases") == ["NORPA"], orgs


def test_first_word_of_a_mixed_case_name_is_its_short_form() -> None:
    orgs = _orgs("Wroclaw leads fDi's list. fDi Intelligence, a unit of a newspaper, compiled it.")
    assert list(orgs) == ["fDi Intelligence"] and orgs["fDi Intelligence"]["aliases"] == ["fDi"], orgs


# ---- figures
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Brava Textiles is spending €40m on a dye works.", ("Brava Textiles", "investment", 40e6, "EUR")),
        (
            "Brava Textiles announced a EUR 9 million investment.",
            ("Brava Textiles", "investment", 9e6, "EUR"),
        ),
        ("Brava Textiles earned EUR 5 million in exports.", ("Brava Textiles", "exports", 5e6, "EUR")),
        ("Brava Textiles booked EUR 7 million in sales.", ("Brava Textiles", "revenue", 7e6, "EUR")),
        ("Brava Textiles had EUR 8 million in turnover.", ("Brava Textiles", "revenue", 8e6, "EUR")),
        ("Brava Textiles had EUR 6 million in revenue.", ("Brava Textiles", "revenue", 6e6, "EUR")),
        ("Brava Textiles employs 700 people.", ("Brava Textiles", "employees", 700, "count")),
        ("The plants of Brava Textiles employ 800 people.", ("Brava Textiles", "employees", 800, "count")),
        ("Brava Textiles will employ 90 people.", ("Brava Textiles", "jobs", 90, "count")),
        ("Brava Textiles plans to employ 80 people.", ("Brava Textiles", "jobs", 80, "count")),
        ("Brava Textiles will grow and employ 70 people.", ("Brava Textiles", "jobs", 70, "count")),
        ("Brava Textiles will hire 60 staff.", ("Brava Textiles", "jobs", 60, "count")),
        ("Brava Textiles will recruit 50 employees.", ("Brava Textiles", "jobs", 50, "count")),
        (
            "Brava Textiles will create 30 jobs and has 500 employees.",
            ("Brava Textiles", "employees", 500, "count"),
        ),
    ],
)
def test_english_figures(text: str, figure: tuple[str, str, float, str]) -> None:
    assert figure in _figures(text)


@pytest.mark.parametrize("event", ["briefing", "seminar", "webinar", "workshop"])
def test_guests_of_a_meeting_are_no_companies_figure(event: str) -> None:
    assert not _figures(f"The Nordvik Harbour Authority held a {event} for 25 Polish companies.")


# ---- names of events (not_org_words: hackathon, seminar, webinar, workshop, symposium, roadshow, exhibition,
# festival, contest, competition)
@pytest.mark.parametrize(
    "word",
    [
        "Hackathon",
        "Seminar",
        "Webinar",
        "Workshop",
        "Symposium",
        "Roadshow",
        "Exhibition",
        "Festival",
        "Contest",
        "Competition",
    ],
)
def test_an_event_named_with_its_place_is_no_body(word: str) -> None:
    orgs = _orgs(f"The Kalisz Technology Park will hold the Green {word} in Konin next May.")
    assert list(orgs) == ["Kalisz Technology Park"], orgs


# ---- two splitters: the common words between them belong to the first name
def test_common_words_between_two_ands_belong_to_the_first_name() -> None:
    orgs = _orgs("Envoys of the Ministry of Roads and Bridges and Quessa Grid Corporation came.")
    assert set(orgs) == {"Ministry of Roads and Bridges", "Quessa Grid Corporation"}, orgs


# ---- the size of a group of guests (group_nouns after a hyphened count)
def test_size_of_a_delegation_is_no_figure() -> None:
    assert not _figures("A 9-member delegation of the Harbour Cluster came to Elblag.")
    assert ("Harbour Cluster", "members", 70.0, "count") in _figures(
        "The Harbour Cluster, a 70-member network, grew."
    )


# ---- a wire's dateline and its reporting credits (boilerplate.tsv "reporting by", "writing by", …)
def test_wire_dateline_place_and_reporting_credits_are_no_entities() -> None:
    record = english(
        "OPOLE (Harbour Wire) - Kovac Steel will build a rolling mill, it said.\n"
        "(Reporting by Ewa Lis; Writing by Ola Wrona; Editing by Tom Vane)"
    )
    assert [e["name"] for e in record["entities"]] == ["Kovac Steel"], record["entities"]


def test_dateline_place_named_again_in_the_text_stays() -> None:
    record = english("GDANSK, Poland (Harbour Wire) – Kovac Steel will build a mill in Gdansk.")
    assert "Gdansk" in {e["name"] for e in record["entities"]}


# ---- an acronym found by a cue joins the body whose Polish name it abbreviates
def test_cued_acronym_of_the_polish_name_joins_the_english_name() -> None:
    orgs = _orgs(
        "The Polish Development Fund will co-invest. A spokesman for state investor PFR confirmed it."
    )
    assert list(orgs) == ["Polish Development Fund"] and "PFR" in orgs["Polish Development Fund"]["aliases"]


# ---- a name written again where no cue marks it
def test_organisation_named_again_without_a_cue_is_a_mention_of_it() -> None:
    text = "The Finnish firm Kaskio will build a dairy. Kaskio, set up in 1994, will invest EUR 60 million."
    record = english(text)
    kaskio = next(e for e in record["entities"] if e["name"] == "Kaskio")
    assert len(kaskio["mentions"]) == 2
    assert ("Kaskio", "investment", 60e6, "EUR") in _figures(text)


# ---- a translated name only where it is written as a name
def test_kind_of_bodies_in_lower_case_is_no_translated_name() -> None:
    assert _orgs("Czech and Polish clusters join forces in hydrogen") == {}


# ---- a title of two words between a body and a person, and a person before "and"
def test_body_two_word_title_person_and_another() -> None:
    record = english(
        "The Harbour Cluster (HC) met in Torun. The deal was signed by HC Executive Director Petr Vesely and "
        "Park Coordinator Ewa Lis."
    )
    people = {e["name"]: e for e in record["entities"] if e["type"] == "person"}
    assert set(people) == {"Petr Vesely", "Ewa Lis"}, record["entities"]
    ents = {e["id"]: e["name"] for e in record["entities"]}
    assert [ents[r["organization"]] for r in people["Petr Vesely"]["roles"]] == ["Harbour Cluster"]
    assert not any("Executive" in n for n in _orgs("We met HC Executive Director Petr Vesely and Ewa Lis."))


# ---- a fund that does nothing and a programme, joined by "and"
def test_fund_that_does_nothing_and_a_programme_are_no_body() -> None:
    assert _orgs("Firms may apply for money from the Green Transition Fund and Horizon Europe.") == {}


# ---- a figure's owner named by the last word of its longer name ("the Valley")
def test_figure_owner_named_by_the_last_word_of_its_name() -> None:
    text = "The Kashubian Hydrogen Valley signed a deal with Torun. The Valley, set up in 2021, now has 47 members."
    assert ("Kashubian Hydrogen Valley", "members", 47.0, "count") in _figures(text)


# ---- an acronym with a legal form in brackets after a body's name
def test_acronym_with_a_legal_form_in_brackets_joins_the_body() -> None:
    orgs = _orgs("The Kashubian Development Agency (KAR S.A.) backed the plant.")
    assert list(orgs) == ["Kashubian Development Agency"] and orgs["Kashubian Development Agency"][
        "aliases"
    ] == ["KAR S.A."], orgs


# ---- the length of a ranking (grammar_words "rank_word")
def test_top_n_of_a_ranking_is_no_figure() -> None:
    assert not _figures("Top 7 investors of the Harbour Zone")


# ---- a body's head and "of"/"for" inside the name outweigh a closing word of things ("Exchange")
def test_agency_for_an_exchange_is_a_body() -> None:
    orgs = _orgs(
        "The Danish National Agency for Academic Exchange (DNAE) granted EUR 3 million to researchers."
    )
    assert "Danish National Agency for Academic Exchange" in orgs, orgs


# ---- forms of address with a full stop between a title and a name
def test_title_form_of_address_and_name() -> None:
    record = english(
        "The deal was signed by HU Rector Prof. Radoslaw Kulesza and Vice-Rector Prof. Oleh Kulyk."
    )
    people = {e["name"] for e in record["entities"] if e["type"] == "person"}
    assert people == {"Radoslaw Kulesza", "Oleh Kulyk"}, record["entities"]


# ---- offices of towns, communes and counties (org_heads: municipality)
@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Mayor's Office of Sopot", "The Mayor's Office of Sopot issued the permit."),
        ("Tczew County Office", "The Tczew County Office issued the permit."),
        ("Olawa District Office", "The Olawa District Office issued the permit."),
        ("Brzeg County Council", "The Brzeg County Council approved the permit."),
        ("Siechnice Municipal Office", "The Siechnice Municipal Office issued the permit."),
        ("Tczew Town Office", "The Tczew Town Office issued the permit."),
        ("Kobierzyce Commune Office", "The Kobierzyce Commune Office issued the permit."),
    ],
)
def test_offices_of_local_government_are_municipalities(name: str, text: str) -> None:
    assert _orgs(text)[name]["subtype"] == "municipality"


# ---- "Invest <place>" (grammar_words "agency_word") and research networks (org_heads)
@pytest.mark.parametrize("name", ["Invest Lithuania", "Invest in Pomerania", "Invest Moravia"])
def test_invest_and_a_place_name_an_agency(name: str) -> None:
    assert _orgs(f"The projects were backed by {name} and two banks.")[name]["subtype"] == "agency"


def test_invest_in_a_place_as_an_imperative_is_no_name() -> None:
    assert _orgs("Invest in Poland now, said the minister.") == {}


def test_research_network_is_research_and_education() -> None:
    orgs = _orgs("Scientists of the Vistula Research Network joined the project.")
    assert orgs["Vistula Research Network"]["subtype"] == "research_education"


# ---- a number inside a name, a date before a number
def test_number_inside_a_name_is_no_figure() -> None:
    assert not _figures("Kovac Steel presented its Horizon 25 strategy, the company's board said.")


def test_number_after_a_month_stays_a_figure() -> None:
    assert ("Kovac Steel", "jobs", 300.0, "count") in _figures(
        "Kovac Steel said that in May 300 new jobs were made."
    )


# ---- an officer after a company's possessive (descriptors.tsv words are descriptors only unpossessed)
def test_officer_acronym_after_the_companys_is_no_body() -> None:
    assert list(_orgs("Kovac Steel grew, the company's CFO said.")) == ["Kovac Steel"]


# ---- a person's body in brackets, named by common words and a head
def test_body_in_brackets_after_a_person_is_an_organisation() -> None:
    record = english("Guests included Ewa Lis (Baltic Investment Bank) and Sven Olsen.")
    ents = {e["id"]: e for e in record["entities"]}
    ewa = next(e for e in record["entities"] if e["name"] == "Ewa Lis")
    assert [ents[r["organization"]]["name"] for r in ewa["roles"]] == ["Baltic Investment Bank"]


# ---- a local government's office named by its kind and its town
@pytest.mark.parametrize("office", ["County Office", "City Office", "Municipal Office"])
def test_office_of_a_kind_with_its_town_is_a_municipality(office: str) -> None:
    orgs = _orgs(f"The {office} in Nysa granted Heltor Wood a building permit.")
    assert orgs[f"{office} in Nysa"]["subtype"] == "municipality", orgs


def test_office_of_a_kind_without_its_town_is_no_name() -> None:
    assert _orgs("Apply at the County Office before May.") == {}
