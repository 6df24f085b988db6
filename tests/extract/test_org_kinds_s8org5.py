"""Kind nouns before company names and lists of firms (session 8, org5); sentences of our own."""

from __future__ import annotations

from kooperacja import extract


def _orgs(text: str) -> list[str]:
    ents = extract(text, doc_id="kinds-s8org5", published="2026-05-04")["entities"]
    return [e["name"] for e in ents if e["type"] == "organization"]


def test_a_kind_noun_opening_the_sentence_is_no_part_of_the_brand() -> None:
    assert _orgs("Spółka Ekobud podpisała umowę z gminą Puławy.") == ["Ekobud"]
    assert _orgs("Przedsiębiorstwo Ekobud otworzy magazyn w Kutnie.") == ["Ekobud"]
    assert _orgs("Firma Termik Sp. z o.o. zatrudni 50 osób w nowym zakładzie.") == ["Termik Sp. z o.o."]
    assert _orgs("Umowę dzierżawy podpisała wczoraj Spółka Ekobud.") == ["Ekobud"]


def test_a_kind_noun_that_belongs_to_the_name_stays() -> None:
    assert _orgs("Spółka Wodna Żuławy dostała dotację z gminy.") == ["Spółka Wodna Żuławy"]
    assert _orgs("Grupa Azoty zbuduje nową instalację w Puławach.") == ["Grupa Azoty"]
    assert "Przedsiębiorstwo Usług Komunalnych" in _orgs(
        "Przedsiębiorstwo Usług Komunalnych kupi dwa autobusy."
    )


def test_a_plural_kind_noun_before_a_list_names_one_firm_per_item() -> None:
    orgs = _orgs("Starosta spotkał się z firmami Ekobud i Lubtex w Opolu.")
    assert orgs == ["Ekobud", "Lubtex"]
    assert _orgs("Starostwo zaprosiło przedstawicieli spółek Ekobud i Lubtex.") == ["Ekobud", "Lubtex"]


def test_a_plural_kind_noun_that_may_be_singular_before_one_word_names() -> None:
    assert _orgs("Do strefy weszły spółki Ekobud i Termik.") == ["Ekobud", "Termik"]


def _mentions(text: str) -> dict[str, int]:
    ents = extract(text, doc_id="kinds-s8org5", published="2026-05-04")["entities"]
    return {e["name"]: len(e["mentions"]) for e in ents if e["type"] == "organization"}


def test_a_brand_introduced_by_its_kind_noun_is_mentioned_again_alone() -> None:
    assert _mentions(
        "Do strefy weszły spółki Ekobud i Termik. Ekobud wyda 20 mln zł, a Termik 12 mln zł."
    ) == {"Ekobud": 2, "Termik": 2}
    assert _mentions("Firma Termik otworzy zakład pod Kutnem. W marcu Termik zatrudni 40 osób.") == {
        "Termik": 2
    }
    assert _mentions("Spółka Ekobud kupiła grunt w Kutnie. Ekobud zbuduje tam halę.") == {"Ekobud": 2}


def test_a_colon_after_a_plural_kind_noun_opens_a_list_of_firms() -> None:
    assert _orgs("Gmina podpisała umowy z dwiema spółkami: Ekobud i Lubtex.") == ["Ekobud", "Lubtex"]
    assert _orgs("Starosta wyróżnił trzy firmy: Ekobud, Lubtex i Termik.") == ["Ekobud", "Lubtex", "Termik"]


def test_a_colon_opening_a_clause_starts_no_name() -> None:
    assert _orgs("Powód jest prosty: Energia kosztuje coraz więcej.") == []


def test_an_unknown_word_with_its_home_town_in_a_list_is_a_firm() -> None:
    assert _orgs("Porozumienie podpisały Molbex z Puław oraz Lubtex z Radomia.") == ["Molbex", "Lubtex"]
    assert _orgs("W klastrze działają Arbet z Kielc, Lintex z Opola i Molbex z Radomia.") == [
        "Arbet",
        "Lintex",
        "Molbex",
    ]
    assert _orgs("Nagrody odebrali Kowalczyk z Radomia i Nowak z Opola.") == []


def test_a_foreign_kind_with_a_polish_plural_ending_is_no_organisation() -> None:
    assert _orgs("Park będzie współpracował z uczelniami i Digital Innovation Hub-ami z regionu.") == []
    assert _orgs("Eksperci odwiedzili kilka Smart Lab-ów w Niemczech.") == []
    assert _orgs("Polimex-Mostostal zbuduje nowy blok.") == ["Polimex-Mostostal"]


def test_an_institutions_number_is_part_of_its_name() -> None:
    assert _orgs("Szkoła Podstawowa nr 3 im. Jana Pawła II w Kielcach otrzymała pracownię.") == [
        "Szkoła Podstawowa nr 3 im. Jana Pawła II w Kielcach"
    ]
    assert _orgs("Pracownię dostało Liceum Ogólnokształcące nr 2 w Opolu.") == [
        "Liceum Ogólnokształcące nr 2 w Opolu"
    ]
    assert _orgs("Spółka Ekobud kupiła działkę nr 12 w strefie.") == ["Ekobud"]


def test_the_plant_of_a_company_named_before_stands_for_the_company() -> None:
    assert _mentions("Firma Lubtex dostała zezwolenie. Fabryka Lubtex ruszy w maju.") == {"Lubtex": 2}
    assert _mentions("Spółka Molbex kupiła grunt. Zakład Molbex powstanie w Mielcu.") == {"Molbex": 2}
