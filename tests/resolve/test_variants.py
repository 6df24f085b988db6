"""What the resolver reads in names, dates, places and wording (each rule with sentences and names of
our own)."""

from __future__ import annotations

from kooperacja.resolve import dates, places
from kooperacja.resolve.entities import canonical_entity
from kooperacja.resolve.events import evidence_keys, wording_points
from kooperacja.resolve.guard import conflict, zone_of
from kooperacja.resolve.links import led_to
from kooperacja.resolve.names import acronym_key, initials, is_acronym
from kooperacja.resolve.variants import base_key, branch_owner, canonical_name, same_base, seat_stripped


def test_office_titles_name_their_unit() -> None:
    assert canonical_name("Wójt Gminy Zielona Dolina") == ("Gmina Zielona Dolina", "office_title")
    assert canonical_name("Burmistrzowi Miasta Nowy Brzeg") == ("Miasto Nowy Brzeg", "office_title")
    assert canonical_name("Starosta Powiatu Leśnego") == ("Powiat Leśnego", "office_title")
    # an oblique head of a unit's name in its base form
    assert canonical_name("Gminy Zielona Dolina") == ("Gmina Zielona Dolina", "base_form")
    assert canonical_name("Województwa Górnego") == ("Województwo Górnego", "base_form")
    # other names stand as they are
    assert canonical_name("Fabryka Maszyn Zielona Dolina") is None
    assert canonical_name("Gmina Zielona Dolina") is None


def test_canonical_entity_keeps_the_title_out_and_says_why() -> None:
    ent, why = canonical_entity({"type": "organization", "name": "Wójt Gminy Zielona Dolina", "aliases": []})
    assert ent["name"] == "Gmina Zielona Dolina" and "office title" in (why or "")
    person, why = canonical_entity({"type": "person", "name": "Jan Wójt", "aliases": []})
    assert person["name"] == "Jan Wójt" and why is None
    # a name followed by its own acronym: the acronym becomes an alias
    ent, why = canonical_entity(
        {"type": "organization", "name": "Agencja Rozwoju Doliny Zielonej ARDZ", "aliases": []}
    )
    assert ent["name"] == "Agencja Rozwoju Doliny Zielonej" and "ARDZ" in ent["aliases"] and why


def test_seats_and_branches() -> None:
    assert seat_stripped("Akademia Rolnicza w Zielonej Dolinie") == "Akademia Rolnicza"
    # every province has one: the seat is what tells them apart
    assert seat_stripped("Urząd Marszałkowski w Nowym Brzegu") is None
    assert seat_stripped("Izba Rzemieślnicza w Nowym Brzegu") is None
    assert seat_stripped("Fabryka Maszyn") is None
    assert branch_owner("Akademia Rolnicza w Zielonej Dolinie Wydział Ogrodnictwa") == (
        "Akademia Rolnicza w Zielonej Dolinie"
    )
    assert branch_owner("Fabryka Maszyn Oddział Północ") == "Fabryka Maszyn"
    assert branch_owner("Wydział Ogrodnictwa") is None


def test_inflected_forms_of_one_name_meet() -> None:
    assert base_key("Klaster Drzewny Pomorza Leśnego") == base_key("Klaster Drzewny Pomorze Leśne")
    assert same_base("Klaster Drzewny Pomorza Leśnego", "Klaster Drzewny Pomorze Leśne")
    assert same_base("Gminy Zielona Dolina", "Gmina Zielona Dolina")
    assert not same_base("Miasto Lublin", "Miasto Lubliniec")  # one key, two towns
    assert not same_base("Klaster Drzewny", "Klaster Drzewny Pomorza")


def test_polish_acronyms_with_a_conjunction() -> None:
    assert is_acronym("ARiRZ") and is_acronym("PAIiIZ")
    assert not is_acronym("Intel") and not is_acronym("iPhone")
    assert acronym_key("ARiRZ") == "ARIRZ"
    assert "ARIRZ" in initials("Agencja Rozwoju i Restrukturyzacji Zagłębia")
    assert "ARRZ" in initials("Agencja Rozwoju i Restrukturyzacji Zagłębia")


def test_guard_keeps_different_zones_and_names_apart() -> None:
    assert zone_of("Legnicka Specjalna Strefa Ekonomiczna") != zone_of(
        "Katowicka Specjalna Strefa Ekonomiczna"
    )
    assert conflict("Katowicka Specjalna Strefa Ekonomiczna", "Legnicka SSE")
    assert conflict("Klaster Drzewny Pomorza", "Klaster Meblowy Mazowsza")
    assert conflict("Nowy Brzeg", "Stary Gród", "gn:1", "gn:2")
    # a translation shares its distinctive words; an acronym says nothing against a name
    assert conflict("Katowice Special Economic Zone", "Katowicka Specjalna Strefa Ekonomiczna") is None
    assert conflict("Suez Canal Economic Zone", "Strefa Ekonomiczna Kanału Sueskiego") is None
    assert conflict("Agencja Rozwoju Doliny", "ARD") is None
    # a zone's name followed by its brand is still the zone
    assert zone_of("Wałbrzyska Specjalna Strefa Ekonomiczna Invest-Park") == zone_of(
        "Wałbrzyska Specjalna Strefa Ekonomiczna"
    )


def test_background_dates_do_not_veto() -> None:
    # a year long before its report was published is the story's background
    points, why = dates.affinity("2019", "2023-06-16", "2023-06-20", "2023-06-17")
    assert points is not None and points >= dates.WEAK, why
    # explicit days that differ still keep two events apart
    assert dates.affinity("2023-06-15", "2023-06-16", "2023-06-20", "2023-06-17")[0] is None
    # a year that is the report's own keeps its veto against another year
    assert dates.affinity("2022", "2023-06-16", "2022-05-01", "2023-06-17")[0] is None


def test_place_hierarchy() -> None:
    town = ("gn:1", "PL-24", "PL", 2)
    region = ("pl-reg:PL-24", "PL-24", "PL", 1)
    other_region = ("pl-reg:PL-02", "PL-02", "PL", 1)
    country = ("cc:PL", None, "PL", 0)
    assert places.relation(town, region) == "within"
    assert places.relation(country, town) == "within"
    assert places.relation(town, other_region) == "different"
    assert places.relation(("cc:DE", None, "DE", 0), town) == "different"
    assert places.relation(town, town) == "same"
    assert places.relation(None, town) is None


def test_wording_of_evidence() -> None:
    text = (
        "Gmina Zielona Dolina podpisała porozumienie o współpracy z Fabryką Maszyn Północ. "
        "Porozumienie o współpracy podpisała Fabryka Maszyn Północ i Gmina Zielona Dolina. "
        "W sobotę odbył się festyn."
    )
    a = evidence_keys(text, [[0, 82]])
    b = evidence_keys(text, [[83, 165]])
    c = evidence_keys(text, [[166, len(text)]])
    assert wording_points(a, b)[0] == 2.0
    assert wording_points(a, c)[0] == 0.0


def test_a_signing_that_founds_a_body_led_to_the_founding() -> None:
    text = "Trzy gminy podpisały list intencyjny o utworzeniu Klastra Drzewnego. Klaster ruszy jesienią."
    signing = {"type": "letter_of_intent", "evidence": [[0, 68]], "date": "2024-03-01"}
    founding = {"type": "founding", "evidence": [[69, len(text)]], "names": ["Klaster Drzewny"]}
    assert led_to(signing, founding, text)
    assert led_to(signing, {**founding, "evidence": [[0, 68]]}, text)
    # a founding long after the signing is another story
    assert led_to(signing, {**founding, "date": "2031-01-01"}, text) is None
    assert led_to(founding, signing, text) is None


def test_one_word_names_in_oblique_forms() -> None:
    assert base_key("Mostostalu") == base_key("Mostostal")
    assert same_base("Mostostalu", "Mostostal")
    assert same_base("Orlenowi", "Orlen") and base_key("Orlenowi") == base_key("Orlen")
    assert base_key("Enea") is None  # too short to key on its own
    assert not same_base("Mostostal", "Mostek")


def test_the_threshold_turns_weak_merges_into_review_items() -> None:
    from kooperacja.resolve.entities import MERGE_THRESHOLD, RULE_SCORES, decide
    from kooperacja.resolve.model import Decision

    weak = next(r for r, v in RULE_SCORES.items() if v < MERGE_THRESHOLD)
    held = decide(Decision(7, weak, "one name extends the other"))
    assert held.entity_id is None and held.review == [(7, RULE_SCORES[weak], "one name extends the other")]
    kept = decide(Decision(7, "seat", "'X w Y' is 'X' with its seat"))
    assert kept.entity_id == 7 and "score 0.8" in kept.reason
    assert decide(Decision(7, "name", "same name")).reason == "same name"


def test_guard_knows_countries() -> None:
    assert conflict("Izba Handlowa Doliny", "Izba Handlowa Doliny", country_a="PL", country_b="DE")
    assert conflict("Izba Handlowa Doliny", "Izba Handlowa Doliny", country_a="PL") is None
