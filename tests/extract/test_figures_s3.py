"""Figures, session 3: whose a total is when the document has one investor (sentences written for the tests)."""

from __future__ import annotations

import pytest

import kooperacja


def figures_of(text: str) -> set[tuple[str, str, float]]:
    rec = kooperacja.extract(text, doc_id="t")
    names = {e["id"]: e["name"] for e in rec["entities"]}
    return {(names[f["entity"]], f["metric"], f["value"]) for f in rec["figures"]}


def test_a_total_after_the_zone_became_the_subject_again_is_the_zones() -> None:
    text = (
        "Firma Betonex Polska zbuduje zakład w Ostrowcu. Inwestycja pochłonie 40 mln zł.\n"
        "Świętokrzyska Specjalna Strefa Ekonomiczna powstała w 1998 r. Obejmuje 12 gmin. "
        "Dotąd nakłady inwestycyjne wyniosły 3 mld zł."
    )
    figs = figures_of(text)
    assert ("Świętokrzyska Specjalna Strefa Ekonomiczna", "investment", 3_000_000_000) in figs
    assert ("Betonex Polska", "investment", 3_000_000_000) not in figs
    assert ("Betonex Polska", "investment", 40_000_000) in figs


def test_an_investor_named_only_later_owns_no_figure_before_it() -> None:
    text = (
        "Świętokrzyska Specjalna Strefa Ekonomiczna powiększy się o tereny w Końskich. "
        "Wojewoda szacuje, że dzięki temu pracę znajdzie 900 osób.\n"
        "W Końskich powstanie też zakład spółki Betonex Polska, która zainwestuje tam 40 mln zł."
    )
    figs = figures_of(text)
    assert ("Betonex Polska", "jobs", 900) not in figs


def test_members_of_a_jury_or_board_are_no_membership() -> None:
    for text in (
        "Izba Gospodarcza Śląska powołała jury konkursu. Nominacje oceniało 12 członków jury.",
        "Izba Gospodarcza Śląska wybrała nowe władze. Do zarządu weszło 7 członków zarządu izby.",
    ):
        assert not {f for f in figures_of(text) if f[1] == "members"}
    assert ("Izba Gospodarcza Śląska", "members", 120) in figures_of(
        "Izba Gospodarcza Śląska skupia 120 członków z całego regionu."
    )


def test_exports_belong_to_the_country_that_trades() -> None:
    figs = figures_of(
        "Polska i Litwa rozwijają handel. Nasz eksport do Litwy sięgnął 4 mld euro. "
        "Eksport Litwy do Polski wyniósł 2 mld euro."
    )
    assert ("Polska", "exports", 4_000_000_000) in figs
    assert ("Litwa", "exports", 2_000_000_000) in figs


def test_a_name_between_the_cue_and_the_number_counts_as_one_word() -> None:
    assert ("Betonex Polska", "investment", 40_000_000) in figures_of(
        "Wartość projektu Betonex Polska to 40 mln zł."
    )
    assert ("Hydro Serwis", "investment", 40_000_000) in figures_of(
        "Wartość inwestycji spółki Hydro Serwis to 40 mln zł."
    )


@pytest.mark.parametrize(
    "body", ["jury", "komisji", "kapituły", "zarządu", "rady", "komitetu", "delegacji", "komisji konkursowej"]
)
def test_each_body_of_people_counts_no_members(body: str) -> None:
    text = f"Izba Gospodarcza Śląska powołała nowe gremium. Wnioski oceniało 12 członków {body}."
    assert not {f for f in figures_of(text) if f[1] == "members"}
