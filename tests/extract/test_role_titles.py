"""People's titles and the organisation named in them (issue 8, points 3 and 4). Sentences written for the
tests."""

from __future__ import annotations

import pytest

import kooperacja


def roles_of(text: str) -> dict[str, set[str | None]]:
    rec = kooperacja.extract(text, doc_id="t")
    names = {e["id"]: e["name"] for e in rec["entities"]}
    return {
        e["name"]: {names.get(r.get("organization")) for r in e.get("roles") or []}
        for e in rec["entities"]
        if e["type"] == "person"
    }


@pytest.mark.parametrize(
    "text, person, org, not_org",
    [
        # a title after one person's name and a dash is not the title of the next person in the list
        (
            "Porozumienie podpisali Adam Wrona – Wójt Gminy Sosnowo oraz Ewa Lipska – Prezes Zarządu "
            "Fundacji Zielony Most.",
            "Ewa Lipska",
            "Fundacja Zielony Most",
            "Gmina Sosnowo",
        ),
        # the same after a comma
        (
            "Na otwarciu byli Marek Sosna, prezes spółki Hydro Tech, oraz Anna Brzoza, dyrektor Instytutu "
            "Chemii Stosowanej.",
            "Anna Brzoza",
            "Instytut Chemii Stosowanej",
            "Hydro Tech",
        ),
    ],
)
def test_a_title_after_the_previous_name_is_not_the_next_persons(
    text: str, person: str, org: str, not_org: str
) -> None:
    orgs = roles_of(text)[person]
    assert org in orgs and not_org not in orgs, orgs


@pytest.mark.parametrize(
    "text, person, org",
    [
        # a comma or a dash between the title and the name
        (
            "Wnioski przedstawił prezes Fundacji Zielony Most, Tomasz Dąbek.",
            "Tomasz Dąbek",
            "Fundacja Zielony Most",
        ),
        ("List podpisał Wójt Gminy Sosnowo – Adam Wrona.", "Adam Wrona", "Gmina Sosnowo"),
        # a list of titles and names, each title before its own name
        (
            "Umowę podpisali wójt Gminy Sosnowo Adam Wrona, wójt Gminy Lipno Ewa Lipska i burmistrz Gminy Orle "
            "Jan Kret.",
            "Ewa Lipska",
            "Gmina Lipno",
        ),
        # a title with no organisation before the name, and one that names it after
        (
            "Głos zabrał Minister Adam Wrona, Sekretarz Stanu w Ministerstwie Rozwoju Regionalnego.",
            "Adam Wrona",
            "Ministerstwo Rozwoju Regionalnego",
        ),
    ],
)
def test_the_title_next_to_the_name_names_the_organisation(text: str, person: str, org: str) -> None:
    assert org in roles_of(text)[person]


@pytest.mark.parametrize(
    "text, person, org",
    [
        # an acronym that the document's organisation gives by its initials
        (
            "Wschodnia Akademia Techniczna otworzyła laboratorium. Rektor WAT Piotr Kalinowski podkreślił "
            "wagę badań.",
            "Piotr Kalinowski",
            "Wschodnia Akademia Techniczna",
        ),
        # an acronym that leaves out the kind of body
        (
            "Stowarzyszenie Mazurski Sojusz Drzewny zyskało nowych członków. Certyfikaty wręczył Jan Kret – "
            "prezes MSD.",
            "Jan Kret",
            "Stowarzyszenie Mazurski Sojusz Drzewny",
        ),
        # the head noun of the only organisation of that name
        (
            "Fundacja Zielony Most podpisała umowę z Gminą Sosnowo. W imieniu gminy podpisał wójt Adam Wrona, "
            "a ze strony partnera Prezes Fundacji Ewa Lipska.",
            "Ewa Lipska",
            "Fundacja Zielony Most",
        ),
    ],
)
def test_an_organisation_named_inside_the_title(text: str, person: str, org: str) -> None:
    assert org in roles_of(text)[person]


@pytest.mark.parametrize(
    "text, person, org",
    [
        # an office whose unit's name opens with an adjective before its head
        (
            "Mazowiecki Urząd Wojewódzki reprezentował wojewoda mazowiecki Adam Wrona.",
            "Adam Wrona",
            "Mazowiecki Urząd Wojewódzki",
        ),
        # the organisation in brackets after a list of people (the first organisation of the text included)
        (
            "Fundacja Zielony Most gościła przedsiębiorców. Na spotkaniu byli Ewa Lipska i Jan Kret (FZM).",
            "Jan Kret",
            "Fundacja Zielony Most",
        ),
        # a possessive pronoun before the title: the last organisation before it whose head has its gender
        (
            "Gmina Sosnowo podpisała umowę z Instytutem Chemii Stosowanej. Jak podał jego dyrektor Jan Kret, "
            "prace ruszą wiosną.",
            "Jan Kret",
            "Instytut Chemii Stosowanej",
        ),
        (
            "Instytut Chemii Stosowanej podpisał umowę z Fundacją Zielony Most. Jak podała jej prezes Ewa Lipska, "
            "prace ruszą wiosną.",
            "Ewa Lipska",
            "Fundacja Zielony Most",
        ),
    ],
)
def test_organisations_found_around_the_title(text: str, person: str, org: str) -> None:
    assert org in roles_of(text)[person]


def titles_of(text: str) -> dict[str, list[str]]:
    rec = kooperacja.extract(text, doc_id="t")
    return {
        e["name"]: [r.get("title") for r in e.get("roles") or []]
        for e in rec["entities"]
        if e["type"] == "person"
    }


@pytest.mark.parametrize(
    "text, person, org",
    [
        # an organisation's name that ends with a closing quote, between the title and the name
        (
            "Spotkanie otworzył Prezes Fundacji „Zielony Most” Jan Kret.",
            "Jan Kret",
            "Fundacja Zielony Most",
        ),
        # "reprezentowana przez" after a seat and a bracketed short name, for each person of the list (not the
        # organisation named last, in the title of the person before)
        (
            "Fundacja Zielony Most (dalej: Fundacja) w Opolu, reprezentowana przez Jana Kreta – dyrektora "
            "Instytutu Chemii Stosowanej i Ewę Lipską – kierownika ds. projektów, podpisała umowę z gminą.",
            "Ewa Lipska",
            "Fundacja Zielony Most",
        ),
        # a title that names its unit wins over an organisation the next person speaks for
        (
            "List intencyjny podpisali JM Rektor Politechniki Nadodrzańskiej w Opolu Jan Kret, a w imieniu Zachodniej "
            "Izby Gospodarczej – Prezes Ewa Lipska. Politechnika Nadodrzańska w Opolu kształci inżynierów.",
            "Jan Kret",
            "Politechnika Nadodrzańska w Opolu",
        ),
    ],
)
def test_organisations_past_quotes_seats_and_speakers(text: str, person: str, org: str) -> None:
    assert org in roles_of(text)[person]


def test_a_title_at_the_end_of_a_sentence_keeps_no_full_stop() -> None:
    titles = titles_of("Umowę podpisała Ewa Lipska, kierownik ds. projektów.")
    assert titles["Ewa Lipska"] == ["kierownik ds. projektów"]


def test_a_title_cut_inside_a_longer_name_does_not_take_another_unit_by_its_head() -> None:
    # the name finder keeps only "Miasta Lipno" of the second unit: "Gminy" in the title is not the first unit
    text = (
        "W naradzie udział wzięli Starosta Powiatu Orlego Adam Wrona, Burmistrz Gminy i Miasta Nisko Jan Kret oraz "
        "Zastępca Burmistrza Gminy i Miasta Lipno Ewa Lipska."
    )
    assert "Gmina i Miasto Nisko" not in roles_of(text)["Ewa Lipska"]


@pytest.mark.parametrize(
    "text, person, org",
    [
        # the title names another town than the document's only city office: no organisation
        (
            "Miasto Lublin podpisało list z partnerami. Zadowolenia nie krył wiceprezydent Radomia, Jan Kret.",
            "Jan Kret",
            None,
        ),
        # the title names the town of the office
        (
            "Miasto Racibórz podpisało list z partnerami. Zadowolenia nie krył prezydent Raciborza, Jan Kret.",
            "Jan Kret",
            "Miasto Racibórz",
        ),
    ],
)
def test_an_office_title_with_a_town_serves_that_towns_unit(text: str, person: str, org: str | None) -> None:
    assert roles_of(text)[person] == {org}
