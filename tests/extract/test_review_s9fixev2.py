"""Sentences of our own for the fixes made when the second review of the session's (s9) event and participant rules
found counter-examples (fixev2)."""

from __future__ import annotations

import kooperacja

PUBLISHED = "2024-03-13"


def _events(text: str, typ: str) -> list[tuple[str | None, list[tuple[str, str]]]]:
    """(date, [(name, role)]) of each event of a type."""
    rec = kooperacja.extract(text, doc_id="r", published=PUBLISHED)
    names = {e["id"]: e["name"] for e in rec["entities"]}
    return [
        (ev["date"], sorted((names[p["entity"]], p["role"]) for p in ev["participants"]))
        for ev in rec["events"]
        if ev["type"] == typ
    ]


def _names(text: str, typ: str) -> set[str]:
    return {name for _date, parts in _events(text, typ) for name, _role in parts}


# 1. people "z" a region come from a region that acts: the region is a party


def test_representatives_from_two_regions_sign_for_them() -> None:
    text = "Porozumienie o współpracy podpisali w Lipsku przedstawiciele z Turyngii i Wielkopolski."
    assert len(_events(text, "agreement")) == 1
    assert len(_events(text, "agreement")[0][1]) == 2


def test_officials_from_two_regions_sign_for_them() -> None:
    text = "Porozumienie o partnerstwie zawarli w Pradze wicemarszałek z Podkarpacia i minister z Moraw."
    assert len(_events(text, "agreement")) == 1
    assert len(_events(text, "agreement")[0][1]) == 2


def test_partners_from_a_region_still_come_from_it() -> None:
    text = "Klaster Drzewny Pomorza nawiązał współpracę z partnerami z Turyngii."
    assert "Turyngia" not in _names(text, "cooperation")


# 2. a verb of organising or showing after a gathering takes only its own subject and must point back at it


def test_a_verb_of_showing_without_pointing_back_gives_no_exhibitor() -> None:
    text = "W Kaliszu odbyło się forum przedsiębiorców. Pokazało to badanie firmy Korvet, które omówiła spółka Lumex."
    assert _events(text, "conference") == []


def test_a_nominative_pronoun_does_not_point_back() -> None:
    text = "W Kielcach trwają Targi Rolnicze. Pokazują one, że rolnictwo inwestuje, mówi prezes Izby Rolmex."
    assert "Izba Rolmex" not in _names(text, "conference")


def test_a_second_gathering_keeps_its_own_organiser() -> None:
    text = (
        "Izba Handlowa Sudety zorganizowała forum w Wałbrzychu. Zorganizowano tam też warsztaty, które prowadziła "
        "firma Tekbud."
    )
    events = _events(text, "conference")
    assert len(events) == 2
    assert not any(("Tekbud", "organizer") in parts for _d, parts in events)


def test_a_verb_of_showing_that_points_back_names_its_subjects() -> None:
    text = (
        "Targi Ogrodnicze odbędą się w maju w Sandomierzu. Swoje sadzonki pokażą tam firmy Zielmax i Florbud."
    )
    assert {"Zielmax", "Florbud"} <= _names(text, "conference")


# 3. a permit received far from the permit named before must name it again


def test_a_permit_of_another_matter_far_back_is_no_investment() -> None:
    text = (
        "Spółka Domex otrzymała decyzję o wsparciu. Zbuduje magazyn w Płocku. Zatrudni 60 osób. Firma Tormet "
        "otrzymała w lipcu decyzję od wójta w sprawie podziału działki."
    )
    assert "Tormet" not in _names(text, "investment")


def test_a_permit_with_the_same_complement_far_back_is_an_investment() -> None:
    text = (
        "Spółka Domex otrzymała decyzję o wsparciu. Zbuduje magazyn w Płocku. Zatrudni 60 osób. Firma Tormet "
        "otrzymała w lipcu decyzję o wsparciu budowy hali."
    )
    assert "Tormet" in _names(text, "investment")


# 6. the purpose of money is the "na" nearest after the number, not a place ("na terenie") nor a beneficiary


def _figures(text: str) -> list[tuple[float, str]]:
    rec = kooperacja.extract(text, doc_id="r", published=PUBLISHED)
    return sorted((float(f["value"]), f["metric"]) for f in rec["figures"])


def test_each_amount_takes_the_purpose_right_after_it() -> None:
    text = (
        "Na terenie zakładu w Mielcu spółka Aerotek przeznaczy 2 mln zł na szkolenia kadry i 15 mln zł na zakup "
        "obrabiarek."
    )
    assert _figures(text) == [(2_000_000.0, "budget"), (15_000_000.0, "investment")]


def test_a_beneficiary_after_na_is_no_purpose() -> None:
    text = "Spółka Aerotek przeznaczy na rzecz gminy 4 mln zł na stypendia dla uczniów."
    assert _figures(text) == [(4_000_000.0, "budget")]


# 4. a relative clause about the plant itself tells of it; one about the firm or another plant does not


def test_a_plant_under_way_to_open_later_is_dated_to_the_opening() -> None:
    text = "Spółka Termex buduje w Tarnowie magazyn, który zostanie otwarty w 2027 roku."
    assert _events(text, "investment") == [("2027", [("Termex", "investor")])]


# 5. a date in a relative clause beside a main verb is another happening's


def test_a_firms_past_plant_in_a_relative_clause_does_not_date_a_new_one() -> None:
    text = (
        "Firma Velmot, która w 2018 r. uruchomiła fabrykę w Koninie, wybuduje magazyn w Kaliszu. Budowa ruszy w "
        "2027 r."
    )
    assert _events(text, "investment") == [("2027", [("Velmot", "investor")])]


def test_a_clause_opened_by_gdzie_is_relative() -> None:
    text = "Firma Velmot, gdzie w 2018 r. otwarto fabrykę, wybuduje magazyn w Kaliszu. Budowa ruszy w 2027 r."
    assert [d for d, _p in _events(text, "investment")] == ["2027"]


def test_a_clause_opened_by_w_ramach_ktorego_is_relative() -> None:
    text = (
        "Spółka Velmot, w ramach której w 2018 r. otwarto fabrykę w Koninie, wybuduje magazyn w Kaliszu. Budowa "
        "ruszy w 2027 r."
    )
    assert [d for d, _p in _events(text, "investment")] == ["2027"]


# 7. a party that joins an agreement named with a participle before it; "to już kolejna" is this gathering


def test_a_firm_joining_an_agreement_named_with_a_participle_is_a_party() -> None:
    text = (
        "Spółka Rolbud i Gmina Lipno podpisały porozumienie o współpracy. Do zawartego w lutym porozumienia "
        "przystąpiła w marcu spółka Hydrokan."
    )
    assert "Hydrokan" in _names(text, "agreement")


def test_the_latest_of_a_series_is_dated_by_its_own_sentence() -> None:
    text = (
        "Na forum przedsiębiorców do Siedlec zaprasza Izba Rzemiosła Beta. To już kolejna konferencja izby, "
        "rozpocznie się 12 czerwca 2025 r."
    )
    assert [d for d, _p in _events(text, "conference")] == ["2025-06-12"]


def test_the_next_edition_still_dates_no_gathering() -> None:
    text = (
        "Na forum przedsiębiorców do Siedlec zaprasza Izba Rzemiosła Beta. Następna konferencja izby odbędzie się "
        "12 czerwca 2025 r."
    )
    assert [d for d, _p in _events(text, "conference")] == [None]
