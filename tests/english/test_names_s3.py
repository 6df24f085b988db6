"""Organisation names in English pages nobody tuned for: possessives, two bodies joined by "and", "X is a
maker of …", "X CEO", unknown names that open a sentence, headlines in Title Case, web-page noise.
Every sentence is our own."""

from __future__ import annotations

from .conftest import english, names


def test_place_possessive_is_no_part_of_the_name() -> None:
    rec = english("Talks went on for hours, and Estonia's Ministry of Harbours promised a new quay.")
    assert "Ministry of Harbours" in names(rec, "organization")
    assert "Estonia's Ministry of Harbours" not in names(rec)


def test_run_ends_before_a_place_possessive() -> None:
    rec = english("The Office of Trade of Brightwater and Poland's Ministry of Development met in Lublin.")
    orgs = names(rec, "organization")
    assert "Ministry of Development" in orgs, orgs
    assert not any("Poland" in n for n in orgs)


def test_two_bodies_with_their_own_heads() -> None:
    rec = english("The Northvale University of Mining and Brightwater Agency of Trade will share a lab.")
    orgs = names(rec, "organization")
    assert "Northvale University of Mining" in orgs, orgs
    assert "Brightwater Agency of Trade" in orgs, orgs


def test_one_body_when_the_second_part_has_no_head() -> None:
    rec = english("The Brightwater Ministry of Climate and Environment approved the permit last week.")
    assert "Brightwater Ministry of Climate and Environment" in names(rec, "organization")


def test_company_word_after_is() -> None:
    rec = english("We spoke to the owners.\nZellmor Tavik is a Dutch maker of pumps with two plants.")
    assert names(rec, "organization")["Zellmor Tavik"]["subtype"] == "company"


def test_name_before_a_title() -> None:
    rec = english("Ola Wierzba, Quorvanti CEO, said the plant would open soon.")
    assert "Quorvanti" in names(rec, "organization")
    rec = english("Ola Wierzba, Cluster Manager, said the plant would open soon.")
    assert names(rec, "organization") == {}


def test_unknown_name_opening_a_sentence_with_a_company_verb() -> None:
    rec = english("The region grew fast. Tavikor Cars will invest in a new paint shop there.")
    assert "Tavikor Cars" in names(rec, "organization")
    rec = english("The region grew fast. Investors will invest in a new paint shop there.")
    assert names(rec, "organization") == {}


def test_title_case_headline_names_nothing_of_its_own() -> None:
    rec = english(
        "Harbour Battery Maker Picks Ruritania\nA maker of cells will build a plant in Northvale, the mayor said."
    )
    assert names(rec, "organization") == {}


def test_name_in_a_headline_stays_when_the_text_repeats_it() -> None:
    rec = english(
        "Brightwater Logistics Cluster Wins Award\nThe Brightwater Logistics Cluster won the prize in May 2024."
    )
    assert "Brightwater Logistics Cluster" in names(rec, "organization")


def test_country_code_only_in_capitals() -> None:
    rec = english("About Us\nThe cluster has members in the US and in Canada.")
    places = names(rec, "place")
    assert len([p for p in places.values() if p.get("country") == "US"]) == 1, places
    rec = english("About Us\nThe cluster has members in Canada.")
    assert not any(p.get("country") == "US" for p in names(rec, "place").values())


def test_law_is_no_organisation() -> None:
    rec = english("Firms in the zone pay less tax under the Special Economic Zones Act of 1994.")
    assert names(rec, "organization") == {}


def test_run_defined_by_its_acronym() -> None:
    rec = english("Talks were held at the Brightwater Multi Trade Centre (BMTC) on Monday.")
    orgs = names(rec, "organization")
    assert "Brightwater Multi Trade Centre" in orgs, orgs
    assert "BMTC" in orgs["Brightwater Multi Trade Centre"]["aliases"]


def test_acronym_that_does_not_fit_defines_nothing() -> None:
    rec = english("Talks were held at the Brightwater Multi Trade Centre (XQ) on Monday.")
    assert "Brightwater Multi Trade Centre" not in names(rec, "organization")


def test_acronym_and_a_body_with_a_head_are_two() -> None:
    rec = english("The visit was prepared by QWX and Northvale Export Agency in spring.")
    orgs = names(rec, "organization")
    assert "Northvale Export Agency" in orgs, orgs
    assert "QWX" in orgs


def test_award_title_of_the_year_is_no_body() -> None:
    rec = english("The park has been named Best Harbour Zone of the Year for the second time.")
    assert names(rec, "organization") == {}


def test_two_word_title_before_of() -> None:
    rec = english("We talked to Ola Wierzba, General Manager of Logistics at the park.")
    assert names(rec, "organization") == {}


def test_untranslated_polish_names() -> None:
    rec = english(
        "Guests from Klaster Zielonej Chemii and Gmina Wólka Mała toured the hall. "
        "Later they met Fundacja Nowej Ekonomii and Izba Rzemieślnicza w Opolu."
    )
    orgs = names(rec, "organization")
    assert orgs["Klaster Zielonej Chemii"]["subtype"] == "cluster", orgs
    assert orgs["Gmina Wólka Mała"]["subtype"] == "municipality"
    assert orgs["Fundacja Nowej Ekonomii"]["subtype"] == "other"
    assert orgs["Izba Rzemieślnicza w Opolu"]["subtype"] == "business_association"


def test_english_word_is_no_polish_head() -> None:
    rec = english("We walked in the Park for an hour and then visited the Forum in the old town.")
    assert names(rec, "organization") == {}


def test_plural_noun_and_of_open_no_name() -> None:
    rec = english("Members of Stowarzyszenie Wspólna Droga came to the fair in the spring.")
    assert "Stowarzyszenie Wspólna Droga" in names(rec, "organization")


def test_two_renderings_of_one_name_are_one_body() -> None:
    rec = english(
        "The Northvale Industrial Development Agency opened an office. The Northvale Industry Development "
        "Agency will also run a fund for start-ups."
    )
    orgs = names(rec, "organization")
    assert len(orgs) == 1, orgs


def test_different_bodies_with_one_head_stay_apart() -> None:
    rec = english("The Northvale Science Park and the Brightwater Science Park signed a deal on 3 May 2024.")
    assert len(names(rec, "organization")) == 2


def test_head_and_quoted_name() -> None:
    rec = english("The prize went to the Foundation „Harbour Makers” and to the town of Northvale.")
    assert "Foundation „Harbour Makers”" in names(rec, "organization")


def test_quoted_name_and_head() -> None:
    rec = english('Last year the "Blue Harbour" Cluster opened an office for its members.')
    orgs = names(rec, "organization")
    assert orgs["Blue Harbour Cluster"]["subtype"] == "cluster", orgs


def test_quoted_title_is_no_name() -> None:
    rec = english('The park runs the project "Smart Harbour" with its members this year.')
    assert names(rec, "organization") == {}


def test_brand_marks_name_no_entity() -> None:
    rec = english("Quorvanti Ltd sells Lublin® SmartPump™ units to farms in the north.")
    got = names(rec)
    assert "SmartPump" not in got and "Lublin" not in got, got
    assert "Quorvanti Ltd" in names(rec, "organization")


def test_stock_ticker_names_no_entity() -> None:
    rec = english("Quorvanti Ltd (LSE: QVT) will build a depot near the port.")
    orgs = names(rec, "organization")
    assert "QVT" not in orgs and "LSE" not in orgs, orgs
    assert "LSE" not in orgs["Quorvanti Ltd"]["aliases"]


def test_legal_form_beats_an_event_word() -> None:
    rec = english("The stand of Summit Harbour Ltd drew many guests at the fair.")
    assert "Summit Harbour Ltd" in names(rec, "organization")


def test_field_named_by_company_words_is_no_firm() -> None:
    rec = english("The strengths of the region include Medical Technologies and Green Energy.")
    assert names(rec, "organization") == {}


def test_two_word_head_and_quoted_name() -> None:
    rec = english('The Economic Chamber "Harbour Devices" joined the cluster in May.')
    assert 'Economic Chamber "Harbour Devices"' in names(rec, "organization")


def test_person_of_a_body() -> None:
    rec = english("Ola Wierzba of the Quorvanti Trade Council spoke first at the fair.")
    assert "Ola Wierzba" in names(rec, "person")
    assert "Quorvanti Trade Council" in names(rec, "organization")


def test_company_head_with_a_country_word_is_a_firm() -> None:
    rec = english("Talks with the China Merchants Group went on for a week.")
    assert "China Merchants Group" in names(rec, "organization")


def test_acronym_without_the_closing_head() -> None:
    rec = english(
        "The Northvale Free Trade Zone Authority met investors in May 2024. Later the NFTZ opened a new office."
    )
    orgs = names(rec, "organization")
    assert len(orgs) == 1, orgs
    assert "NFTZ" in orgs["Northvale Free Trade Zone Authority"]["aliases"]


def test_breadcrumb_names_nothing() -> None:
    rec = english("Home » News » Harbour Logistics Cluster\nThe park opened a lab in May 2024.")
    assert names(rec, "organization") == {}


def test_photo_credit_in_brackets_names_nothing() -> None:
    rec = english("The Northvale Cluster opened a lab in May 2024 (photo: Brightwater Media Group).")
    assert set(names(rec, "organization")) == {"Northvale Cluster"}


def test_name_listed_with_companies_is_a_company() -> None:
    rec = english("Tenants of the park are Quorvanti Ltd, Zellmor, Tavik Foods GmbH and a bakery.")
    assert names(rec, "organization")["Zellmor"]["subtype"] == "company"


def test_common_words_listed_with_companies_are_no_company() -> None:
    rec = english("Tenants of the park are Quorvanti Ltd, Logistics, Tavik Foods GmbH and a bakery.")
    assert "Logistics" not in names(rec)


def test_word_in_place_names_a_body() -> None:
    rec = english("The guests were welcomed by Invest in Pomerania at the port.")
    assert "Invest in Pomerania" in names(rec, "organization")
    rec = english("They praised goods Made in Poland at the fair.")
    assert names(rec, "organization") == {}


def test_place_run_into_a_company_in_capitals() -> None:
    rec = english("The leaders of the transition in East Wielkopolska QWX ENERGIA S.A. showed their plant.")
    assert "QWX ENERGIA S.A." in names(rec, "organization")
    assert "East Wielkopolska" in names(rec, "place")
