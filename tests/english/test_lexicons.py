"""Every family of the English language data (src/kooperacja/data/en/*.tsv), row by row where the rows are
independent, each in a sentence of our own."""

from __future__ import annotations

from typing import Any

import pytest

from kooperacja.data import read_tsv

from .conftest import english, names


def _title(words: str) -> str:
    return " ".join(w if w.isupper() else w[:1].upper() + w[1:] for w in words.split())


# ---------------------------------------------------------------- organisations


@pytest.mark.parametrize("row", read_tsv("en/org_heads.tsv"), ids=lambda r: r["head"])
def test_org_head_rows(row: dict[str, str]) -> None:
    head = row["head"]
    name = f"{_title(head)} Brightwater" if head.endswith((" of", " for")) else f"Brightwater {_title(head)}"
    if head == "sez":
        name = "Brightwater SEZ"
    rec = english(f"Last spring our reporters met the managers of the {name} at a long meeting.")
    orgs = names(rec, "organization")
    assert name in orgs, orgs
    assert orgs[name]["subtype"] == row["subtype"]


def test_head_that_opens_the_name_wins() -> None:
    rec = english("The Association of Brightwater Clusters and the University of Northvale met in May 2024.")
    orgs = names(rec, "organization")
    assert orgs["Association of Brightwater Clusters"]["subtype"] == "business_association"
    assert orgs["University of Northvale"]["subtype"] == "research_education"


@pytest.mark.parametrize("row", read_tsv("en/legal_forms.tsv"), ids=lambda r: r["written"])
def test_legal_form_rows(row: dict[str, str]) -> None:
    rec = english(f"The parcel came from Qwertonix Foods {row['written']} last week, said the buyer.")
    orgs = names(rec, "organization")
    name = f"Qwertonix Foods {row['written']}"
    assert name in orgs and orgs[name]["subtype"] == "company", orgs


@pytest.mark.parametrize("row", read_tsv("en/known_orgs.tsv"), ids=lambda r: r["name"])
def test_known_org_rows(row: dict[str, str]) -> None:
    rec = english(f"The plan for the new harbour was backed by the {row['name']} last year.")
    assert names(rec, "organization")[row["name"]]["subtype"] == row["subtype"]


@pytest.mark.parametrize("row", read_tsv("en/not_org_acronyms.tsv"), ids=lambda r: r["acronym"])
def test_not_org_acronym_rows(row: dict[str, str]) -> None:
    rec = english(f"The long report mentions {row['acronym']} twice on its first page.")
    assert row["acronym"] not in names(rec, "organization")


@pytest.mark.parametrize("row", read_tsv("en/descriptors.tsv"), ids=lambda r: r["word"])
def test_descriptor_rows(row: dict[str, str]) -> None:
    rec = english(f"Last week the {row['word']} Qwertonix opened a new office near the river.")
    assert names(rec, "organization")["Qwertonix"]["subtype"] == row["subtype"]


@pytest.mark.parametrize("row", read_tsv("en/demonyms.tsv"), ids=lambda r: r["word"])
def test_demonym_rows(row: dict[str, str]) -> None:
    rec = english(f"Many {row['word']} firms came to the fair, and the {row['word']} producer Qwertonix too.")
    got = names(rec)
    assert row["word"] not in got
    assert "Qwertonix" in names(rec, "organization")


@pytest.mark.parametrize("row", read_tsv("en/not_org_words.tsv"), ids=lambda r: r["word"])
def test_not_org_word_rows(row: dict[str, str]) -> None:
    word = _title(row["word"])
    rec = english(f"Our guests came to the Brightwater Cluster {word} last year and liked it.")
    assert f"Brightwater Cluster {word}" not in names(rec)


def test_acronyms_and_translations_join_names() -> None:
    rec = english(
        "The Lodz Special Economic Zone (LSEZ) has a new partner. Later the LSEZ signed a deal with "
        "Qwertonix Ltd on 3 June 2024."
    )
    zone = names(rec, "organization")["Lodz Special Economic Zone"]
    assert "LSEZ" in zone["aliases"] and "Łódzka Specjalna Strefa Ekonomiczna" in zone["aliases"]
    assert len([e for e in rec["entities"] if e["type"] == "organization"]) == 2


@pytest.mark.parametrize("row", read_tsv("en/org_translations.tsv"), ids=lambda r: r["english"])
def test_org_translation_rows(row: dict[str, str]) -> None:
    rec = english(f"Yesterday the {row['english']} presented its plans to the press in the town hall.")
    assert any(row["polish"] in [e["name"], *e["aliases"]] for e in rec["entities"]), rec["entities"]


def test_zone_translations_name_zones_of_the_gazetteer() -> None:
    zones = {r["name"] for r in read_tsv("gazetteer/economic_zones.tsv")}
    for row in read_tsv("en/org_translations.tsv"):
        if "Strefa Ekonomiczna" in row["polish"]:
            assert row["polish"] in zones, row


# ---------------------------------------------------------------- people


@pytest.mark.parametrize(
    "row", [r for r in read_tsv("en/titles.tsv") if r["kind"] == "title"], ids=lambda r: r["word"]
)
def test_title_rows(row: dict[str, str]) -> None:
    rec = english(f"Anna Kowalczyk, {row['word']} of the Brightwater Cluster, opened the meeting.")
    person = names(rec, "person")["Anna Kowalczyk"]
    assert person["roles"] and person["roles"][0]["title"] == row["word"]
    assert person["roles"][0]["organization"] == names(rec)["Brightwater Cluster"]["id"]


@pytest.mark.parametrize(
    "row", [r for r in read_tsv("en/titles.tsv") if r["kind"] == "honorific"], ids=lambda r: r["word"]
)
def test_honorific_rows(row: dict[str, str]) -> None:
    rec = english(f"The opening speech was given by {_title(row['word'])} Odo Brzeczyszczyk yesterday.")
    assert "Odo Brzeczyszczyk" in names(rec, "person")


def test_abbreviations_end_no_sentence() -> None:
    rec = english("The talk was given by Mr. Odo Brzeczyszczyk of the Brightwater Cluster on 3 May 2024.")
    assert "Odo Brzeczyszczyk" in names(rec, "person")


@pytest.mark.parametrize("word", ["During", "The", "According", "Later"])
def test_function_words_open_no_name(word: str) -> None:
    rec = english(f"{word} Brightwater Cluster meetings, the members spoke about batteries.")
    assert not any(n.startswith(word) for n in names(rec))


# ---------------------------------------------------------------- places


def _aliases() -> list[dict[str, str]]:
    return [*read_tsv("gazetteer/aliases_en.tsv"), *read_tsv("gazetteer/countries_en.tsv")]


@pytest.mark.parametrize("row", _aliases(), ids=lambda r: f"{r['id']}:{r['alias']}")
def test_gazetteer_alias_rows(row: dict[str, str]) -> None:
    from kooperacja.extract.en.gazetteer import en_gazetteer

    hit = en_gazetteer().lookup(row["alias"])
    assert hit is not None and hit.id == row["id"], (row, hit)


def test_english_place_names_carry_the_polish_name() -> None:
    rec = english("The delegation travelled from Lodz to Lower Silesia and then to the Silesian Voivodeship.")
    places = names(rec, "place")
    assert places["Lodz"]["aliases"] == ["Łódź"] and places["Lodz"]["country"] == "PL"
    assert "Dolny Śląsk" in places["Lower Silesia"]["aliases"]
    assert "województwo śląskie" in places["Silesian Voivodeship"]["aliases"]


@pytest.mark.parametrize("row", read_tsv("en/place_heads.tsv"), ids=lambda r: r["word"])
def test_place_head_rows(row: dict[str, str]) -> None:
    name = f"Gdansk {_title(row['word'])}"
    rec = english(f"Next month the mayor will travel to {name} with a small team.")
    place = names(rec, "place")[name]
    assert place["country"] == "PL" and "gda" in place["aliases"][0].lower()


@pytest.mark.parametrize("row", read_tsv("en/place_modifiers.tsv"), ids=lambda r: r["word"])
def test_place_modifier_rows(row: dict[str, str]) -> None:
    rec = english(f"The firm Qwertonix opened an office in {row['word']} Bavaria last year.")
    assert f"{row['word']} Bavaria" in names(rec, "place")


# ---------------------------------------------------------------- sectors


@pytest.mark.parametrize("row", read_tsv("en/sector_terms.tsv"), ids=lambda r: r["terms"])
def test_sector_term_rows(row: dict[str, str]) -> None:
    terms = row["terms"] if row["terms"] != "it" else "IT"
    rec = english(f"At the meeting the partners talked about {terms} for more than an hour.")
    assert row["sector"] in rec["sectors"], rec["sectors"]


def test_pronoun_it_is_no_sector() -> None:
    assert "ict" not in english("The park is new and it is big; the mayor likes it a lot.")["sectors"]


def _first(rec: dict[str, Any], typ: str) -> dict[str, Any]:
    return next(e for e in rec["events"] if e["type"] == typ)


def test_unknown_names_need_a_company_word_in_apposition() -> None:
    rec = english(
        "Among the new tenants is Quorvanti Polymer Works, a Danish producer of films, and also "
        "Zellmor Brenn Tavik, whose owners stayed silent."
    )
    orgs = names(rec, "organization")
    assert orgs["Quorvanti Polymer Works"]["subtype"] == "company"
    assert "Zellmor Brenn Tavik" not in orgs


def test_polish_acronym_of_a_translated_name_joins_it() -> None:
    rec = english(
        "The Jagiellonian University opened a lab in May 2024. Later the UJ said the lab will grow."
    )
    uni = names(rec, "organization")["Jagiellonian University"]
    assert "UJ" in uni["aliases"] and "Uniwersytet Jagielloński" in uni["aliases"]


def test_one_sector_matcher_for_both_languages() -> None:
    """The English pipeline uses the shared matcher of `extract.sectors`, with English options."""
    from kooperacja.extract.language import language
    from kooperacja.extract.sectors import SectorMatcher

    components = dict(language("en").components())
    assert isinstance(components["sectors"], SectorMatcher)
    assert components["sectors"].places_are_not_sectors


def test_sector_matcher_options() -> None:
    """A place mention is no sector where the language says so; a capitals-only term needs its capitals."""
    from kooperacja.documents.model import Document
    from kooperacja.extract.pipeline import pipeline_for
    from kooperacja.extract.sectors import SectorMatcher

    doc = pipeline_for("en").make_doc(
        Document(doc_id="t", text="Logistics firms in Lublin like IT and it likes them.", lang="en")
    )
    terms = [(("lublin",), "logistics"), (("it",), "ict"), (("logistics",), "logistics")]
    plain = SectorMatcher(terms)
    plain(doc)
    assert [s for _i, s in doc.sector_hits] == ["logistics", "logistics", "ict", "ict"]
    english_like = SectorMatcher(terms, upper_only=["it"], places_are_not_sectors=True)
    english_like(doc)
    assert [s for _i, s in doc.sector_hits] == ["logistics", "ict"]


@pytest.mark.parametrize("row", [r for r in read_tsv("en/grammar_words.tsv") if r["set"] == "event_modifier"])
def test_event_modifier_rows(row: dict[str, str]) -> None:
    rec = english(f"The second day was spent at the QWERTO {row['word']} fairs, where many buyers came.")
    assert "QWERTO" not in names(rec, "organization")
    other = english("The second day was spent at the QWERTO fruit fairs, where QWERTO met many buyers.")
    assert "QWERTO" in names(other, "organization")  # only the listed modifiers reach the event noun


def test_a_name_before_a_verb_stays_an_organisation() -> None:
    rec = english("Last year Qwertonix Ltd opened an international office near the river.")
    assert "Qwertonix Ltd" in names(rec, "organization")


@pytest.mark.parametrize("row", [r for r in read_tsv("en/grammar_words.tsv") if r["set"] == "unit_task"])
def test_inner_unit_rows(row: dict[str, str]) -> None:
    task = _title(row["word"])
    for head in [r["word"] for r in read_tsv("en/grammar_words.tsv") if r["set"] == "unit_head"]:
        rec = english(f"For more, write to the {task} {_title(head)} before the end of June.")
        assert f"{task} {_title(head)}" not in names(rec, "organization")


def test_a_named_office_stays_an_organisation() -> None:
    rec = english("The Qwertonix Trade Office of Northvale opened a desk in the port last week.")
    assert "Qwertonix Trade Office of Northvale" in names(rec, "organization")
    rec = english("Later the Northvale Investors' Office met the board of the cluster.")
    assert "Northvale Investors' Office" in names(rec, "organization")


def test_a_park_or_zone_with_a_legal_form_keeps_its_head_subtype() -> None:
    rec = english(
        "Yesterday the Northvale Technology Park S.A. hosted buyers, and so did Qwertonix Foods S.A."
    )
    orgs = names(rec, "organization")
    assert orgs["Northvale Technology Park S.A."]["subtype"] == "technology_park"
    assert orgs["Qwertonix Foods S.A."]["subtype"] == "company"
