"""English web pages and people: navigation, sharing lines, headings in capitals and Title Case headlines
name nothing; codes before numbers are no organisations; titles before a name give roles; a company called
by its first word is one entity. Every text is our own."""

from __future__ import annotations

import pytest

from kooperacja.data import read_tsv

from .conftest import english, names


def test_navigation_and_sharing_lines_name_nothing() -> None:
    rec = english(
        "Home | About | Tenders | Contact | EN PL\n\n"
        "The Brightwater Cluster met the Northvale Development Agency on 2 May 2024.\n\n"
        "Share on Facebook | Share on LinkedIn\nPhoto: Harbour Office Brightwater\n"
        "Tags: Qwertonix, ports\n© 2024 Brightwater Cluster. All rights reserved."
    )
    orgs = names(rec, "organization")
    assert set(orgs) == {"Brightwater Cluster", "Northvale Development Agency"}, orgs


def test_headings_in_capitals_and_title_case_name_nothing() -> None:
    rec = english(
        "PRESS RELEASE\n\nBrightwater Cluster Signs Deal With Harbour Partners in Northvale\n\n"
        "The Brightwater Cluster signed a memorandum with Qwertonix Ltd on 2 May 2024.\nNEWS"
    )
    orgs = names(rec, "organization")
    assert set(orgs) == {"Brightwater Cluster", "Qwertonix Ltd"}, orgs


def test_single_capital_word_in_a_sentence_stays_a_name() -> None:
    rec = english("The lighting firm LUMA will open a plant near the port, the zone said.")
    assert "LUMA" in names(rec, "organization")


def test_codes_before_numbers_and_currencies_are_no_organisations() -> None:
    rec = english(
        "Qwertonix Group had revenue of SEK 9 billion and 4 billion NOK last year, and its plant meets ISO 9001."
    )
    orgs = names(rec, "organization")
    assert "SEK" not in orgs and "NOK" not in orgs and "ISO" not in orgs, orgs


def test_words_that_open_a_line_and_event_names_with_a_year() -> None:
    rec = english(
        "About Qwertonix Group\nQwertonix Group makes pumps. It will show them at the Harbour Supplier Days 2025."
    )
    orgs = names(rec, "organization")
    assert "Qwertonix Group" in orgs and not any(n.startswith("About") for n in orgs)
    assert not any("Supplier Days" in n for n in orgs), orgs


def test_job_title_after_a_head_is_no_organisation() -> None:
    rec = english("Best regards,\nOla Wierzba\nCluster Manager\nBrightwater Cluster")
    assert "Cluster Manager" not in names(rec, "organization")


def test_the_head_that_of_follows_types_the_name() -> None:
    rec = english("The Northvale University of Technology opened a lab with the firm Qwertonix.")
    assert names(rec, "organization")["Northvale University of Technology"]["subtype"] == "research_education"


def test_unknown_place_by_its_head() -> None:
    rec = english("A delegation from Jeollabuk-do Province came to Lodz on 3 May 2024.")
    assert names(rec, "place")["Jeollabuk-do Province"]["subtype"] == "region"


def test_company_called_by_its_first_word_is_one_entity() -> None:
    rec = english(
        "Qwertonix Drives GmbH will build a plant in Poland. The managers of Qwertonix said the site suits them."
    )
    orgs = names(rec, "organization")
    assert list(orgs) == ["Qwertonix Drives GmbH"] and "Qwertonix" in orgs["Qwertonix Drives GmbH"]["aliases"]


def test_company_word_in_a_long_apposition() -> None:
    rec = english(
        "Qwertonix Cells, one of Ruritania's largest makers of batteries, will build a plant in Poland."
    )
    assert names(rec, "organization")["Qwertonix Cells"]["subtype"] == "company"


def test_title_with_a_body_before_a_person() -> None:
    rec = english("The decision was handed over by Deputy Minister of Regional Affairs Ewa Brzoza in Warsaw.")
    assert "Ewa Brzoza" in names(rec, "person")
    assert not any("Minister" in n for n in names(rec, "organization"))
    assert names(rec, "person")["Ewa Brzoza"]["roles"][0]["title"] == "deputy minister"


def test_vice_titles_and_titles_before_names() -> None:
    rec = english(
        "The guests were led by Vice-Governor Lee Ha-neul. Ruritanian Prime Minister Tomas Brodny came too."
    )
    people = names(rec, "person")
    assert people["Lee Ha-neul"]["roles"][0]["title"] == "vice-governor"
    assert people["Tomas Brodny"]["roles"][0]["title"] == "prime minister"


def test_roles_before_the_name_with_their_organisation() -> None:
    rec = english(
        "The CEO of Qwertonix Ltd, Anna Nowak, opened the hall. The Brightwater Cluster grew. "
        "Its president, Jan Wrona, was pleased."
    )
    people, orgs = names(rec, "person"), names(rec, "organization")
    assert people["Anna Nowak"]["roles"] == [{"title": "ceo", "organization": orgs["Qwertonix Ltd"]["id"]}]
    assert people["Jan Wrona"]["roles"] == [
        {"title": "president", "organization": orgs["Brightwater Cluster"]["id"]}
    ]


def test_the_company_is_the_company_last_named() -> None:
    rec = english(
        "Qwertonix Ltd is a maker of pumps. On 4 June 2024 the company and the Northvale Development Agency "
        "signed an agreement on a new plant."
    )
    orgs = names(rec, "organization")
    ev = next(e for e in rec["events"] if e["type"] == "agreement")
    ids = {p["entity"] for p in ev["participants"]}
    assert {orgs["Qwertonix Ltd"]["id"], orgs["Northvale Development Agency"]["id"]} <= ids


def test_founding_members_are_founders() -> None:
    rec = english(
        "Ten firms founded the Brightwater Hydrogen Cluster on 2 May 2024. "
        "Among the founding members are Qwertonix Ltd and Northvale Pumps Ltd."
    )
    orgs = names(rec, "organization")
    evs = [e for e in rec["events"] if e["type"] == "founding"]
    assert len(evs) == 1
    roles = {p["entity"]: p["role"] for p in evs[0]["participants"]}
    assert roles[orgs["Brightwater Hydrogen Cluster"]["id"]] == "founded"
    assert roles[orgs["Qwertonix Ltd"]["id"]] == "founder"


def test_conference_dated_and_planned_in_another_sentence() -> None:
    rec = english(
        "We invite you to the 3rd Harbour Tech Conference, which will take place on 12 September 2024. "
        "The conference is organised by the Brightwater Cluster with the Northvale Port Authority."
    )
    ev = next(e for e in rec["events"] if e["type"] == "conference")
    assert ev["date"] == "2024-09-12" and ev["status"] == "planned"
    assert names(rec)["Brightwater Cluster"]["id"] in {p["entity"] for p in ev["participants"]}


def test_regions_sign_for_themselves() -> None:
    rec = english(
        "On 2 May 2024 the Wielkopolska Region and Jeollabuk-do Province signed a letter of intent."
    )
    ev = next(e for e in rec["events"] if e["type"] == "letter_of_intent")
    assert {p["entity"] for p in ev["participants"]} == {
        names(rec)["Wielkopolska Region"]["id"],
        names(rec)["Jeollabuk-do Province"]["id"],
    }


def test_one_role_per_participant() -> None:
    rec = english(
        "A delegation of the Ruritanian Trade Organization (RTO) visited the Brightwater Cluster on 2 May 2024."
    )
    ev = next(e for e in rec["events"] if e["type"] == "visit")
    ents = [p["entity"] for p in ev["participants"]]
    assert len(ents) == len(set(ents)) and names(rec)["Ruritanian Trade Organization"]["id"] in ents


def test_people_listed_before_one_title_share_it() -> None:
    rec = english(
        "The guests were Mr Jan Wrona, Ms Ola Wierzba and Mr Adam Lis – vice-chairmen of the Brightwater Cluster."
    )
    cluster = names(rec)["Brightwater Cluster"]["id"]
    for person in ("Jan Wrona", "Ola Wierzba", "Adam Lis"):
        assert names(rec, "person")[person]["roles"] == [{"title": "vice-chairmen", "organization": cluster}]


def test_title_of_a_bare_head_means_the_body_named_before() -> None:
    rec = english(
        "The Brightwater Cluster met in May 2024. Ola Wierzba, the coordinator of the cluster, spoke first."
    )
    assert (
        names(rec, "person")["Ola Wierzba"]["roles"][0]["organization"]
        == names(rec)["Brightwater Cluster"]["id"]
    )


@pytest.mark.parametrize("row", read_tsv("en/boilerplate.tsv"), ids=lambda r: r["opener"])
def test_boilerplate_rows(row: dict[str, str]) -> None:
    opener = row["opener"][:1].upper() + row["opener"][1:]
    rec = english(
        f"The Brightwater Cluster met on 2 May 2024.\n{opener} Qwertonix Harbour\nIt was a good day."
    )
    assert "Qwertonix Harbour" not in names(rec), names(rec)


def test_byline_is_short_and_by_in_a_sentence_is_not() -> None:
    rec = english(
        "by Harbour News Desk\n2024-05-02\n\nBy 2025 the Brightwater Cluster will join Qwertonix Ltd in a plan."
    )
    assert set(names(rec, "organization")) == {"Brightwater Cluster", "Qwertonix Ltd"}


def test_short_name_in_brackets_is_an_alias() -> None:
    rec = english("The Brightwater Free Zone (Brifza) opened a port office on 2 May 2024.")
    assert names(rec, "organization")["Brightwater Free Zone"]["aliases"] == ["Brifza"]


def test_title_with_a_lower_case_part_before_at() -> None:
    rec = english("Ola Wierzba, head of investor relations at Qwertonix Ltd, spoke first.")
    roles = names(rec, "person")["Ola Wierzba"]["roles"]
    assert roles == [{"title": "head", "organization": names(rec)["Qwertonix Ltd"]["id"]}]


def test_each_company_of_a_sentence_invests() -> None:
    rec = english(
        "In the Katowice Special Economic Zone, Qwertonix Ltd will invest PLN 70 million in a plant, and the "
        "start-up Northvale Labs will spend PLN 40 million on a laboratory."
    )
    investors = {
        p["entity"]
        for e in rec["events"]
        if e["type"] == "investment"
        for p in e["participants"]
        if p["role"] == "investor"
    }
    orgs = names(rec, "organization")
    assert investors == {orgs["Qwertonix Ltd"]["id"], orgs["Northvale Labs"]["id"]}


def test_those_who_attend_a_signing_are_no_parties() -> None:
    rec = english(
        "On 2 May 2024 the Brightwater Cluster signed a memorandum with Qwertonix Ltd. The signing was "
        "attended by officials of the Northvale Development Agency."
    )
    ev = next(e for e in rec["events"] if e["type"] == "agreement")
    assert names(rec)["Northvale Development Agency"]["id"] not in {p["entity"] for p in ev["participants"]}


def test_capitalised_verb_inside_a_name_is_no_trigger() -> None:
    rec = english("Partners of the fair are Ruritania Invest, the Brightwater Cluster and Qwertonix Ltd.")
    assert not [e for e in rec["events"] if e["type"] == "investment"]


def test_the_company_owns_the_figures_it_states() -> None:
    rec = english(
        "The Brightwater Free Zone signed a memorandum with Qwertonix Ltd on 2 May 2024. Under the agreement, "
        "the company will open a warehouse, investing USD 85 million and creating 240 jobs."
    )
    owner = {f["metric"]: f["entity"] for f in rec["figures"]}
    assert owner["investment"] == owner["jobs"] == names(rec)["Qwertonix Ltd"]["id"]


def test_guests_of_a_forum_are_no_members() -> None:
    rec = english("More than 200 companies took part in the forum of the Brightwater Cluster on 2 May 2024.")
    assert not rec["figures"]


def test_the_source_of_the_news_is_no_party() -> None:
    rec = english(
        "The Brightwater Free Zone will build a port under an agreement with Qwertonix Ltd, the Ruritanian "
        "Trade Ministry has reported on 2 May 2024."
    )
    ev = next(e for e in rec["events"] if e["type"] == "agreement")
    assert names(rec)["Ruritanian Trade Ministry"]["id"] not in {p["entity"] for p in ev["participants"]}


def test_a_founding_names_what_was_founded() -> None:
    rec = english(
        "On 2 May 2024 the Brightwater Free Zone agreed with Qwertonix Ltd to establish a port in the south."
    )
    assert not [e for e in rec["events"] if e["type"] == "founding"]


@pytest.mark.parametrize("row", read_tsv("en/news_sources.tsv"), ids=lambda r: r["name"])
def test_news_source_rows(row: dict[str, str]) -> None:
    rec = english(
        f"Northvale, 2 May 2024 ({row['name']}) - The Brightwater Cluster signed a deal with Qwertonix Ltd."
    )
    assert row["name"] not in names(rec), names(rec)


def test_seat_word_before_a_name() -> None:
    rec = english(
        "Northvale-based Qwertonix opened a port office. The CEO of Qwertonix, Ola Wierzba, was there."
    )
    assert "Qwertonix" in names(rec, "organization") and not any("based" in n for n in names(rec))


def test_company_word_before_a_first_name() -> None:
    rec = english("The guests saw the plant of the bus maker Ursus Bus near the river.")
    assert names(rec, "organization")["Ursus Bus"]["subtype"] == "company"


def test_plant_seen_on_a_visit_is_no_investment() -> None:
    rec = english(
        "On 2 May 2024 the guests from the Brightwater Cluster visited the Northvale Technology Park and the "
        "plant of the bus maker Qwertonix Bus."
    )
    assert [e["type"] for e in rec["events"]] == ["visit"]


def test_of_inside_a_name_is_no_visitor_cue() -> None:
    rec = english("On 2 May 2024 the guests visited the Northvale Subzone of the Brightwater Free Zone.")
    ev = next(e for e in rec["events"] if e["type"] == "visit")
    assert {p["role"] for p in ev["participants"]} == {"host"}


def test_unknown_name_before_a_company_verb() -> None:
    rec = english("On 2 May 2024 the zone said that Qwertonix will build a plant near the port.")
    assert names(rec, "organization")["Qwertonix"]["subtype"] == "company"


def test_surname_before_a_company_verb_stays_a_person() -> None:
    rec = english("Ola Wierzba runs the Brightwater Cluster. Later Wierzba will open a new office.")
    assert "Wierzba" not in names(rec, "organization")


def test_the_place_and_head_word_stand_for_the_body() -> None:
    rec = english(
        "The Northvale Special Economic Zone won an award. The Brightwater Cluster won too. "
        "The Northvale zone manages about 2,600 hectares of land."
    )
    assert rec["figures"][0]["entity"] == names(rec)["Northvale Special Economic Zone"]["id"]


def test_the_subject_that_hosts_a_delegation_is_its_host() -> None:
    rec = english(
        "On 9 October 2024 the Brightwater Cluster welcomed a delegation of the Northvale Chamber of Commerce."
    )
    ev = next(e for e in rec["events"] if e["type"] == "visit")
    roles = {p["entity"]: p["role"] for p in ev["participants"]}
    assert roles == {
        names(rec)["Brightwater Cluster"]["id"]: "host",
        names(rec)["Northvale Chamber of Commerce"]["id"]: "visitor",
    }


def test_a_region_that_hosts_acts() -> None:
    rec = english("On 9 October 2024 the Lodzkie Voivodeship hosted a delegation from Jeollabuk-do Province.")
    roles = {p["entity"]: p["role"] for p in rec["events"][0]["participants"]}
    assert roles[names(rec)["Lodzkie Voivodeship"]["id"]] == "host"


def test_possessive_before_a_title_names_the_organisation() -> None:
    rec = english("Qwertonix Ltd is growing. Qwertonix's CEO Anna Nowak said so on 2 May 2024.")
    assert names(rec, "person")["Anna Nowak"]["roles"][0]["organization"] == names(rec)["Qwertonix Ltd"]["id"]


def test_acronym_glued_to_a_name_by_a_hyphen() -> None:
    rec = english(
        "On 2 May 2024 the BFEZ signed a memorandum with the BFEZ-Northvale Federation of Harbour Residents."
    )
    assert "Northvale Federation of Harbour Residents" in names(rec, "organization")


def _roles_of(rec: dict, typ: str) -> dict[str, str]:
    ids = {e["id"]: e["name"] for e in rec["entities"]}
    ev = next(e for e in rec["events"] if e["type"] == typ)
    return {ids[p["entity"]]: p["role"] for p in ev["participants"]}


def test_passive_founding_and_visit() -> None:
    rec = english(
        "The Brightwater Hydrogen Cluster was founded in 2024 by Qwertonix Ltd and the Northvale Agency."
    )
    assert _roles_of(rec, "founding") == {
        "Brightwater Hydrogen Cluster": "founded",
        "Qwertonix Ltd": "founder",
        "Northvale Agency": "founder",
    }
    rec = english(
        "The Brightwater Technology Park was visited by the Northvale Chamber of Commerce on 2 May 2024."
    )
    assert _roles_of(rec, "visit") == {
        "Brightwater Technology Park": "host",
        "Northvale Chamber of Commerce": "visitor",
    }


def test_award_named_of_the_year() -> None:
    rec = english("The Brightwater Free Zone was named Free Zone of the Year 2024 by the panel.")
    assert _roles_of(rec, "award") == {"Brightwater Free Zone": "recipient"}


@pytest.mark.parametrize(
    "row", [r for r in read_tsv("en/grammar_words.tsv") if r["set"] == "lower_head"], ids=lambda r: r["word"]
)
def test_lower_case_head_after_a_name(row: dict[str, str]) -> None:
    rec = english(
        f"The firms of the Harbour Valley {row['word']} met the Lublin {row['word']} on 2 May 2024."
    )
    got = names(rec)
    assert f"Harbour Valley {row['word']}" in got and f"Lublin {row['word']}" not in got, got


def test_company_branch_named_after_its_country() -> None:
    rec = english("Members include Qwertonix Drives Poland and Heli-Two Poland, but not Central Poland.")
    orgs = names(rec, "organization")
    assert set(orgs) == {"Qwertonix Drives Poland", "Heli-Two Poland"}, orgs


def test_company_head_before_and_stays_in_a_cluster_name() -> None:
    rec = english(
        "The Harbour Automotive and Advanced Manufacturing cluster joined the network on 2 May 2024."
    )
    assert "Harbour Automotive and Advanced Manufacturing cluster" in names(rec, "organization")


def test_coordinator_of_a_head_word() -> None:
    rec = english(
        'The Brightwater Cluster met in May 2024. "It works," said Ola Wierzba, the cluster coordinator.'
    )
    roles = names(rec, "person")["Ola Wierzba"]["roles"]
    assert roles == [{"title": "coordinator", "organization": names(rec)["Brightwater Cluster"]["id"]}]


def test_examples_of_a_group_are_no_parties() -> None:
    rec = english(
        "On 2 May 2024 the Brightwater Cluster signed an agreement with the Northvale Agency, whose members, "
        "including Qwertonix Ltd, make pumps."
    )
    assert names(rec)["Qwertonix Ltd"]["id"] not in {p["entity"] for p in rec["events"][0]["participants"]}


def test_of_after_a_visit_group_marks_visitors_only() -> None:
    rec = english(
        "On 2 May 2024 representatives of the Northvale Agency visited the Brightwater Technology Park and "
        "learned about the work of the Qwertonix Institute."
    )
    roles = _roles_of(rec, "visit")
    assert roles["Northvale Agency"] == "visitor" and roles["Qwertonix Institute"] == "host"


def test_who_announces_an_award_grants_it_and_an_award_needs_a_winner() -> None:
    rec = english(
        "Qwertonix Data Ltd announces Free Zones of the Year 2024\n\nThe winners were named in Dubai."
    )
    assert not [e for e in rec["events"] if e["type"] == "award"]


def test_date_that_opens_a_short_page_line_is_the_documents() -> None:
    rec = english(
        "Letter signed\n\n10 May 2023 Posted in Other, Partners\n\nOn May 9 the Brightwater Cluster and "
        "Qwertonix Ltd signed a letter of intent.",
        published=None,
    )
    assert rec["published"] == "2023-05-10" and rec["events"][0]["date"] == "2023-05-09"


def test_portfolio_of_a_minister_and_product_versions_are_no_bodies() -> None:
    rec = english(
        "The Minister of Development and Technology, Ewa Brzoza, opened the fair, where Qwertonix Ltd showed "
        "its HarbourGrid 3.0 platform."
    )
    assert set(names(rec, "organization")) == {"Qwertonix Ltd"}


def test_place_after_of_in_a_run_that_names_nothing() -> None:
    rec = english("In Q3 2023 the GDP of Poland grew, the Brightwater Cluster said.")
    assert names(rec, "place")["Poland"]["country"] == "PL"


@pytest.mark.parametrize(
    "text", ["Ola Wierzba from the Brightwater Cluster spoke.", "Ola Wierzba (Brightwater Cluster) spoke."]
)
def test_affiliation_without_a_title(text: str) -> None:
    rec = english(text)
    assert names(rec, "person")["Ola Wierzba"]["roles"] == [
        {"title": None, "organization": names(rec)["Brightwater Cluster"]["id"]}
    ]


def test_place_of_a_dateline_is_no_entity() -> None:
    rec = english("Rzeszów, 12 January 2024 - The Brightwater Cluster met the Lublin firms in Lublin.")
    assert set(names(rec, "place")) == {"Lublin"}


def test_two_named_fairs_are_two_events() -> None:
    rec = english(
        "On 3 May 2024 the Brightwater Cluster visited the Harbour Food Expo and the Northvale Wine Fair, "
        "where Qwertonix Ltd showed its products."
    )
    names_of = sorted(e.get("name") or "" for e in rec["events"] if e["type"] == "conference")
    assert names_of == ["Harbour Food Expo", "Northvale Wine Fair"], rec["events"]
