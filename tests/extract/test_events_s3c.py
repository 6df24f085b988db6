"""Events, session 3 (round 3): cooperation beside an agreement (sentences written for the tests)."""

from __future__ import annotations

from tests.extract.test_events_figures import events_of


def test_a_cooperation_with_a_new_partner_is_not_folded_into_the_agreement() -> None:
    evs = events_of(
        "Fundacja Rozwoju Kaszub podpisała porozumienie o współpracy z Pomorską Izbą Handlową. "
        "Dokument podpisano w piątek. Fundacja Rozwoju Kaszub współpracuje także z Uniwersytetem Gdańskim."
    )
    parties = [{name for name, _ in e["roles"]} for e in evs]
    coops = [e for e in evs if e["type"] == "cooperation"]
    assert any({"Fundacja Rozwoju Kaszub", "Uniwersytet Gdański"} <= p for p in parties), evs
    assert coops, evs
    assert not any({"Pomorska Izba Handlowa", "Uniwersytet Gdański"} <= p for p in parties), evs


def test_an_actorless_signing_lends_to_the_agreement_not_to_a_cooperation() -> None:
    evs = events_of(
        "Spółka Omegaplast S.A. podjęła współpracę z Uniwersytetem Opolskim oraz z Akademią Sztuk Pięknych. "
        "Politechnika Opolska zawarła porozumienie z Grupą Betamet S.A. w poniedziałek 3 marca 2025 roku. "
        "Podpisane porozumienie obejmuje praktyki dla studentów."
    )
    types = {e["type"] for e in evs if any(name == "Omegaplast S.A." for name, _ in e["roles"])}
    assert types == {"cooperation"}, evs


def test_an_undeclinable_place_found_once_is_found_again_in_another_case() -> None:
    evs = events_of(
        "Małopolska i Hesja świętują jubileusz.\n\n"
        "Umowa partnerska pomiędzy Hesją i Małopolską podpisana została 4 maja 2003 r."
    )
    agreements = [{name for name, _ in e["roles"]} for e in evs if e["type"] == "agreement"]
    assert {"Hesja", "Małopolska"} in agreements, evs


def test_a_partner_region_or_commune_states_an_agreement() -> None:
    for text in (
        "Saksonia jest regionem partnerskim Małopolski od wielu lat.",
        "Gmina Zabierzów i Gmina Liszki są partnerskimi gminami od dekady.",
        "Kraków jest partnerskim miastem Norymbergi od lat.",
        "Gmina Zabierzów ma dwa partnerskie regiony: Saksonię i Morawy.",
    ):
        agreements = [e for e in events_of(text) if e["type"] == "agreement"]
        assert agreements, text


def test_the_area_a_cooperation_concerns_is_no_party() -> None:
    evs = events_of(
        "Izba Handlowa Alfa i Fundacja Beta podpisały porozumienie o współpracy. "
        "Porozumienie zakłada współpracę w promocji firm działających na terenie Miasta Zamość "
        "i Powiatu Zamojskiego."
    )
    names = {name for e in evs for name, _ in e["roles"]}
    assert "Izba Handlowa Alfa" in names, evs
    assert not names & {"Miasto Zamość", "Powiat Zamojski"}, evs
