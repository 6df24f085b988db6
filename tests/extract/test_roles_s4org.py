"""People's roles tied to the organisation the document implies (issue 8, role→org; session 4). Every
sentence is our own; names are invented."""

from __future__ import annotations

from typing import Any

from kooperacja import extract


def _roles(text: str) -> dict[str, list[tuple[str | None, str | None]]]:
    record: dict[str, Any] = extract(text, doc_id="t", published="2025-03-02")
    ids = {e["id"]: e["name"] for e in record["entities"]}
    return {
        e["name"]: [(r["title"], ids.get(r["organization"])) for r in e.get("roles") or []]
        for e in record["entities"]
        if e["type"] == "person"
    }


def test_a_board_member_of_the_region_serves_the_region_the_document_names() -> None:
    roles = _roles(
        "Zarząd Województwa Leśnego przyjął strategię. Dokument podpisała Anna Lis – członek zarządu województwa."
    )
    assert roles["Anna Lis"] == [("członek zarządu województwa", "Województwo Leśne")], roles


def test_the_marshal_serves_the_region_not_its_youth_assembly() -> None:
    text = (
        "Urząd Marszałkowski w Borowie ogłosił nabór do Młodzieżowego Sejmiku Województwa Leśnego. "
        "Jak powiedział marszałek Jan Kos, to ważna inicjatywa."
    )
    assert _roles(text)["Jan Kos"] == [("marszałek", "Urząd Marszałkowski w Borowie")]


def test_a_company_officer_with_no_organisation_near_serves_the_only_company() -> None:
    text = (
        "Huta Borowo otworzyła nową walcownię. Na uroczystości przemawiał wiceprezes zarządu Piotr Wrona. "
        "Linię zaprojektowała Politechnika Leśna."
    )
    assert _roles(text)["Piotr Wrona"] == [("wiceprezes zarządu", "Huta Borowo")]


def test_a_company_officer_serves_the_organisation_of_his_own_sentence_first() -> None:
    text = "Huta Borowo otworzyła walcownię. Izbę Gospodarczą Borowa reprezentował jej prezes Piotr Wrona."
    assert _roles(text)["Piotr Wrona"] == [("prezes", "Izba Gospodarcza Borowa")]


def test_a_society_is_an_organisation_its_president_serves() -> None:
    roles = _roles("Gości powitał Adam Kos, prezes Polskiego Towarzystwa Przyjaciół Lasu.")
    assert roles["Adam Kos"] == [("prezes", "Polskie Towarzystwo Przyjaciół Lasu")], roles


def test_a_minister_s_portfolio_in_lower_case_names_the_ministry() -> None:
    roles = _roles("Na forum przemawiała wiceminister rozwoju i technologii Anna Nowak.")
    assert roles["Anna Nowak"] == [
        ("wiceminister rozwoju i technologii", "Ministerstwo Rozwoju i Technologii")
    ], roles
    roles = _roles("Jan Kos, minister spraw zagranicznych, przyjechał do Kijowa.")
    assert roles["Jan Kos"] == [("minister spraw zagranicznych", "Ministerstwo Spraw Zagranicznych")], roles


def test_a_minister_named_by_name_or_in_the_plural_names_no_ministry() -> None:
    for text in (
        "Ministrowie państw regionu podpisali deklarację.",
        "Minister podkreślił znaczenie współpracy.",
    ):
        record = extract(text, doc_id="t", published="2025-03-02")
        assert [e for e in record["entities"] if e["type"] == "organization"] == [], record["entities"]


def test_a_company_and_its_officer_after_a_title_and_a_company_noun_are_two_names() -> None:
    roles = _roles("Gości powitał prezes firmy Norvix Jan Kowalski.")
    assert roles == {"Jan Kowalski": [("prezes firmy", "Norvix")]}, roles


def test_the_country_of_an_ambassador_s_title_is_no_part_of_the_name() -> None:
    record = extract(
        "W spotkaniu wziął udział ambasador Japonii Akio Miyajima.", doc_id="t", published="2025-03-02"
    )
    names = {(e["name"], e["type"]) for e in record["entities"]}
    assert names == {("Japonia", "place"), ("Akio Miyajima", "person")}, names


def test_a_deputy_s_title_before_an_office_title_leaves_the_joint_unit_whole() -> None:
    roles = _roles(
        "Na targi przybyli Burmistrz Gminy i Miasta Borowo Jan Kos oraz Zastępca Burmistrza Gminy i Miasta Lasowo "
        "Piotr Wrona."
    )
    assert roles["Piotr Wrona"][0][1] == "Gmina i Miasto Lasowo", roles
    assert roles["Jan Kos"] == [("burmistrz", "Gmina i Miasto Borowo")], roles
