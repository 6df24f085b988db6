"""English organisations from the language, not from the tuned texts (issue 12, session 4): lists of
partners, acronyms of programmes, an acronym with its branch or board, "according to X", a portfolio title
before a person, verb forms that are no head nouns, the zones under any English form of their names. Every
sentence is our own."""

from __future__ import annotations

import pytest

from kooperacja.data import read_tsv

from .conftest import english, names


def _orgs(text: str) -> dict[str, dict]:
    return names(english(text), "organization")


def _all_names(orgs: dict[str, dict]) -> set[str]:
    return {n for name, e in orgs.items() for n in (name, *e["aliases"])}


def test_companies_after_a_list_cue() -> None:
    orgs = _orgs("The park hosts firms such as Varnholt Digital, Quessa and Brimstad Optics.")
    assert {"Varnholt Digital", "Quessa", "Brimstad Optics"} <= set(orgs), orgs
    orgs = _orgs("Its customers include Tarvik, Olmena and the Northvale University of Mining.")
    assert {"Tarvik", "Olmena", "Northvale University of Mining"} <= set(orgs), orgs


def test_a_list_cue_after_people_lists_no_companies() -> None:
    orgs = _orgs("The jury had experts such as Ola Wierzba, Jan Wrona and Ewa Brzoza.")
    assert orgs == {}, orgs


def test_items_listed_next_to_a_body() -> None:
    orgs = _orgs("Representatives of Quessa, Tarvik and the City of Northvale attended the talks.")
    assert {"Quessa", "Tarvik", "City of Northvale"} <= set(orgs), orgs


def test_last_items_of_a_list_part_at_and() -> None:
    orgs = _orgs("The delegation met Brimstad Optics Ltd, Quessa and Tarvik Group in the port.")
    assert {"Quessa", "Tarvik Group"} <= set(orgs), orgs
    assert "Quessa and Tarvik Group" not in orgs
    # common words after "and" keep one name
    orgs = _orgs("The talks gathered Brimstad Optics Ltd, the Chamber of Industry and Commerce of Northvale.")
    assert "Quessa" not in orgs
    assert any(n.startswith("Chamber of Industry and Commerce") for n in orgs), orgs


def test_place_and_a_body_are_two_names() -> None:
    orgs = _orgs("Prizes went to a zone in Poland and Harbourgate Port Authority in Latvia.")
    assert "Harbourgate Port Authority" in orgs, orgs
    assert not any("Poland" in n for n in orgs)


def test_acronym_of_a_programme_names_no_body() -> None:
    orgs = _orgs(
        "Firms apply under the Green Growth Support Scheme (GGSS). GGSS grants reached 40 firms in May."
    )
    assert "GGSS" not in _all_names(orgs), orgs


def test_acronym_defined_for_a_body_stays() -> None:
    orgs = _orgs("The Northvale Marine Logistics Alliance (NMLA) met in May. NMLA will hire staff.")
    assert "NMLA" in _all_names(orgs), orgs


def test_acronym_with_its_branch_or_board_is_the_body() -> None:
    orgs = _orgs("The Harbour Trade Organisation (HTO) sent staff. HTO Warsaw will help investors.")
    assert len(orgs) == 1, orgs
    assert "HTO Warsaw" in _all_names(orgs)
    orgs = _orgs("The deal was approved by the QWZ Board on Monday.")
    assert "QWZ" in orgs and "QWZ Board" not in orgs, orgs


def test_policy_words_make_no_body() -> None:
    assert "EU Green Deal" not in _orgs("Firms adapt to the EU Green Deal rules this year.")


def test_name_after_a_programme_word_is_the_programme() -> None:
    orgs = _orgs("The partners run the project HARBOURLINK with funds from the region.")
    assert orgs == {}, orgs


def test_report_credited_to_a_body() -> None:
    orgs = _orgs("According to Varnholt, warehouse rents rose by 4 percent last year.")
    assert "Varnholt" in orgs, orgs
    orgs = _orgs("According to Poland's statistics office, wages rose.")
    assert not any("Poland" in n for n in orgs), orgs


def test_signing_subject_that_the_dictionary_does_not_know() -> None:
    assert "Quessa" in _orgs("Quessa signed a supply contract with a carmaker on Friday.")


def test_portfolio_title_before_a_person() -> None:
    rec = english("Undersecretary of State Pawel Wrona opened the session.")
    assert "Pawel Wrona" in names(rec, "person"), rec["entities"]
    assert names(rec, "organization") == {}


def test_verb_form_is_no_head_noun() -> None:
    assert _orgs("Guests moved on to the Networking Lunch after the talks.") == {}
    assert "Varnholt Holding" in _orgs("The shares of Varnholt Holding rose in May.")


@pytest.mark.parametrize(
    "row", [r for r in read_tsv("en/zone_names.tsv") if r["kind"] == "place"], ids=lambda r: r["words"]
)
def test_zone_name_rows(row: dict[str, str]) -> None:
    place = " ".join(w.capitalize() for w in row["words"].split())
    for name in (f"{place} SEZ", f"SEZ {place}", f"{place} Special Economic Zone"):
        rec = english(f"Yesterday the {name} presented its offer to investors from Korea.")
        assert any(row["zone"] in e["aliases"] for e in rec["entities"]), (name, rec["entities"])


def test_two_forms_of_one_zone_are_one_entity() -> None:
    orgs = _orgs("The Pomeranian SEZ grew. Later the Pomeranian Special Economic Zone hosted guests.")
    assert len(orgs) == 1, orgs


def test_zones_that_share_an_acronym_stay_apart() -> None:
    orgs = _orgs("The Slupsk SEZ and the Suwalki SEZ signed a cooperation agreement in May.")
    assert len(orgs) == 2, orgs


@pytest.mark.parametrize(
    "noun", sorted(r["word"] for r in read_tsv("en/grammar_words.tsv") if r["set"] == "field_noun")
)
def test_brand_like_word_before_a_field_noun_names_no_body(noun: str) -> None:
    assert _orgs(f"Last year the QuorvaTech {noun} grew in the north of the country.") == {}


def test_brand_like_word_on_its_own_stays_a_body() -> None:
    assert "QuorvaTech" in _orgs("Last year QuorvaTech opened a plant in the north of the country.")


@pytest.mark.parametrize(
    "word", sorted(r["word"] for r in read_tsv("en/grammar_words.tsv") if r["set"] == "last_only_head")
)
def test_field_word_heads_a_company_only_at_the_end(word: str) -> None:
    cap = word.capitalize()
    assert f"Varnholt {cap}" in _orgs(f"Last year the shares of Varnholt {cap} rose in the north.")
    orgs = _orgs(f"The talk on the {cap} Future of Northern Ports was long.")
    assert not any(cap in n for n in orgs), orgs


def test_centre_for_names_a_body() -> None:
    orgs = _orgs("Grants come from the Northvale Centre for Innovation and Technology Transfer.")
    assert "Northvale Centre for Innovation and Technology Transfer" in orgs, orgs


def test_policy_word_inside_a_ministry_name_keeps_the_body() -> None:
    orgs = _orgs("Grants come from the Ministry of Ports and Coastal Policy of Northvale.")
    assert any(n.startswith("Ministry of Ports and Coastal Policy") for n in orgs), orgs


def test_question_word_opening_a_line_is_no_name() -> None:
    assert _orgs("Questions for the director\nQ: Why Poland?\nA: Because of the people.") == {}


@pytest.mark.parametrize(
    "cue", sorted(r["word"] for r in read_tsv("en/grammar_words.tsv") if r["set"] == "partner_cue")
)
def test_name_after_with_and_a_word_of_cooperation(cue: str) -> None:
    assert "Quessa" in _orgs(f"Last month the zone spoke of the {cue}s with Quessa at length.")


@pytest.mark.parametrize(
    "cue", sorted(r["word"] for r in read_tsv("en/grammar_words.tsv") if r["set"] == "agent_cue")
)
def test_name_after_by_and_a_verb_of_bodies(cue: str) -> None:
    irregular = {
        "build": "built",
        "buy": "bought",
        "pay": "paid",
        "sell": "sold",
        "run": "run",
        "supply": "supplied",
    }
    verb = irregular.get(cue, cue + ("d" if cue.endswith("e") else "ed"))
    assert "Varnholt" in _orgs(f"The new hall was {verb} by Varnholt in two years.")


def test_people_places_and_programmes_after_the_cues_are_no_companies() -> None:
    assert _orgs("The talks with Ola Wierzba lasted two hours.") == {}
    assert _orgs("The region signed a deal with Korea last week.") == {}
    assert _orgs("The project is supported by Horizon Europe.") == {}


def test_a_unit_and_its_office_are_one_body() -> None:
    orgs = _orgs(
        "The City of Northvale signed the deal. The Northvale City Hall will pay for the road, "
        "and the Northvale Municipality will build it."
    )
    assert len(orgs) == 1, orgs
    orgs = _orgs("The University of Northvale and the Northvale University of Mining share a lab.")
    assert len(orgs) == 2, orgs


def test_quoted_name_after_a_word_of_its_kind() -> None:
    orgs = _orgs("The zone uses the cluster ‘Harbour Automotive and Machinery Valley’ set up in May.")
    assert orgs["Harbour Automotive and Machinery Valley"]["subtype"] == "cluster", orgs
    orgs = _orgs('The company "Quessa Plast" from Kielce will build a hall.')
    assert orgs["Quessa Plast"]["subtype"] == "company", orgs
    assert _orgs("He said ‘yes’ to the offer of the firm.") == {}


def test_nationality_after_an_article_opening_the_sentence() -> None:
    rec = english("A Moroccan delegation visited the Northvale Free Zone on 3 May 2024.")
    assert "Morocco" in names(rec, "place"), rec["entities"]


def test_places_after_a_verb_of_visiting_stay_places() -> None:
    rec = english("Polish firms visited Tallinn and Tartu on 5-7 March 2024 within the programme.")
    assert {"Tallinn", "Tartu"} <= set(names(rec, "place")), rec["entities"]


def test_start_ups_before_a_list_cue() -> None:
    orgs = _orgs("The park hosted a session with local start-ups such as Quessa Labs and Tarvik.")
    assert {"Quessa Labs", "Tarvik"} <= set(orgs), orgs


@pytest.mark.parametrize(
    "noun", sorted(r["word"] for r in read_tsv("en/grammar_words.tsv") if r["set"] == "works_noun")
)
def test_name_before_a_noun_of_works_is_the_company(noun: str) -> None:
    assert "Quessa" in _orgs(f"The group saw the Quessa main {noun} in the morning.")


def test_place_or_person_before_a_noun_of_works_stays_what_it_is() -> None:
    assert _orgs("The delegation saw the Lublin plant of the firm.") == {}
    assert _orgs("They toured the Ola Wierzba factory museum.") == {}


def test_body_after_a_bracketed_acronym_and_and() -> None:
    orgs = _orgs("The group met staff of Enterprise Harbour Ltd (EHL) and Quessa in the port.")
    assert "Quessa" in orgs, orgs


def test_acronym_and_place_before_an_event_noun_name_the_event() -> None:
    assert _orgs("The cluster will present its drones at the QWA Berlin air show in June.") == {}


def test_name_before_a_country_in_brackets() -> None:
    orgs = _orgs(
        "The consortium includes Brightwell (Ireland), Quessa Foods (Spain) and Tarvik Labs (Finland)."
    )
    assert {"Brightwell", "Quessa Foods", "Tarvik Labs"} <= set(orgs), orgs
    assert _orgs("The guests came from Lublin (Poland) and Tartu (Estonia).") == {}


def test_lower_case_head_after_a_name_gives_its_kind() -> None:
    orgs = _orgs("The memorandum was signed by the Hydrogen Northvale association in May.")
    assert orgs["Hydrogen Northvale"]["subtype"] == "business_association", orgs


def test_invest_in_a_place_after_and_is_a_name_of_its_own() -> None:
    orgs = _orgs("The event was co-organised by Northvale Cluster of Clean Energy and Invest in Pomerania.")
    assert {"Northvale Cluster of Clean Energy", "Invest in Pomerania"} <= set(orgs), orgs
