"""Sentences of our own for the fixes made after the review of the session's (s10) event and participant rules
(fixev10): each counter-example that the review found, in other words, beside a guard that the rule's own case
still works."""

from __future__ import annotations

import pytest

import kooperacja

PUBLISHED = "2026-05-10"


def _events(text: str, typ: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """(status, [(name, role)]) of each event of a type."""
    rec = kooperacja.extract(text, doc_id="r", published=PUBLISHED)
    names = {e["id"]: e["name"] for e in rec["entities"]}
    return [
        (ev.get("status", "done"), sorted((names[p["entity"]], p["role"]) for p in ev["participants"]))
        for ev in rec["events"]
        if ev["type"] == typ
    ]


def _names(text: str, typ: str) -> set[str]:
    return {name for _status, parts in _events(text, typ) for name, _role in parts}


# 1. 'inwestor' stands for the company named before only where it is that one: not a new, another or a future one


@pytest.mark.parametrize(
    "text",
    [
        "Firma Polbet oddała grunt w Kutnie w dzierżawę. Nowy inwestor postawi tam centrum logistyczne.",
        "Zakład spółki Termex działa w Płocku od lat. Do strefy ma wejść także kolejny inwestor z Japonii, który "
        "wybuduje fabrykę opon.",
        "Gmina Lipno rozmawia z firmą Drobex. Inwestor, który zdecyduje się na działkę przy obwodnicy, zapłaci "
        "niższy podatek.",
    ],
)
def test_a_new_or_future_investor_is_not_the_company_named_before(text: str) -> None:
    assert not {"Polbet", "Termex", "Drobex"} & _names(text, "investment")


def test_the_investor_named_before_still_is_the_company() -> None:
    text = "Spółka Korvix kupiła działkę w Ełku. W wyborze lokalizacji inwestora wspierała Agencja Rozwoju Mazur."
    assert _names(text, "cooperation") == {"Korvix", "Agencja Rozwoju Mazur"}


# 2. the newspaper's "we" ("jak informowaliśmy") is no speaker


def test_the_newspapers_we_speaks_for_nobody_named_before() -> None:
    text = (
        "Prezes spółki Kortal Adam Wójcik otrzymał w sobotę tytuł Menedżera Roku. Jak już informowaliśmy, w "
        "Kaliszu stanie nowa fabryka okien."
    )
    assert "Kortal" not in _names(text, "investment")


def test_the_newspapers_we_adds_no_party_to_a_signing() -> None:
    text = (
        "Ewa Maj, dyrektor Agencji Rozwoju Regionalnego w Pile, podsumowała rok. Jak pisaliśmy w kwietniu, spółka "
        "Drewbud podpisała porozumienie."
    )
    assert "Agencja Rozwoju Regionalnego w Pile" not in _names(text, "agreement")


def test_a_speaker_of_an_interview_still_invests() -> None:
    text = "Rozmowa z Markiem Lisem, prezesem spółki Mirax. – W Kutnie zbudujemy nowy zakład."
    assert _events(text, "investment") == [("done", [("Mirax", "investor")])]


# 3. what a thing costs is no investment (kosztować, pochłonąć dropped by ev9)


@pytest.mark.parametrize(
    "text",
    [
        "Gaz w hucie spółki Stalmet w Kole kosztuje dziś trzy razy więcej niż przed rokiem.",
        "Powódź kosztowała firmę Rolmex 8 mln zł, a jej chłodnia w Kole stała przez miesiąc.",
        "Spór z bankiem pochłonął oszczędności spółki Betamet, która ma hutę w Kole.",
    ],
)
def test_a_cost_is_no_investment(text: str) -> None:
    assert _events(text, "investment") == []


# 4. a show or match ends a visit only in the visit's own clause


@pytest.mark.parametrize(
    "text",
    [
        "Delegacja firm z Saksonii odwiedziła Legnicę, gdzie rozmawiała z przedstawicielami Legnickiej Specjalnej "
        "Strefy Ekonomicznej, a wieczorem goście poszli na koncert.",
        "Delegacja Izby Handlowej Alfa odwiedziła Rzeszów, gdzie spotkała się z władzami miasta, a potem goście "
        "wybrali się na mecz siatkówki.",
    ],
)
def test_an_evening_show_after_the_talks_keeps_the_visit(text: str) -> None:
    assert len(_events(text, "visit")) == 1


def test_a_trip_for_a_match_is_still_no_visit() -> None:
    assert _events("Delegacja spółki Polbet przyjechała do Opola na mecz siatkówki.", "visit") == []


# 5. a negated noun negates where no verb of the type states the event beside it


def test_a_negated_accord_beside_a_ready_contract_is_no_signing() -> None:
    text = (
        "Choć projekt umowy ze spółką Drobex jest już przygotowany, Gmina Lipno wciąż nie ma porozumienia co do "
        "daty jego podpisania."
    )
    assert _events(text, "agreement") == []


def test_a_negated_noun_beside_a_stated_signing_still_signs() -> None:
    text = "Choć nie wierzyli w porozumienie, Gmina Lipno i spółka Drobex podpisały umowę."
    assert _names(text, "agreement") == {"Gmina Lipno", "Drobex"}


# 6. the object of a verb of cooperation is a kind noun in the accusative singular, not after a preposition


def test_a_kind_noun_after_a_preposition_is_no_partner() -> None:
    text = (
        "Spółka Termex uruchomiła zakład w Płocku. Politechnika Płocka i Powiatowy Urząd Pracy w Płocku "
        "współpracują, aby przygotować dla firmy spawaczy."
    )
    events = _events(text, "cooperation")
    assert "Termex" not in _names(text, "cooperation")
    assert [sorted(n for n, _r in parts) for _s, parts in events] == [
        ["Politechnika Płocka", "Powiatowy Urząd Pracy w Płocku"]
    ]


def test_a_kind_noun_as_the_object_is_still_the_partner() -> None:
    text = (
        "Spółka Korvix otworzyła w Ełku centrum serwisowe. Przy wyborze działki firmę wspierały Agencja Rozwoju "
        "Mazur oraz Izba Gospodarcza Ełku."
    )
    assert _names(text, "cooperation") == {"Korvix", "Agencja Rozwoju Mazur", "Izba Gospodarcza Ełku"}


# 7. a contractor noun names the builder only in the nominative or instrumental (not one sought or chosen)


def test_a_contractor_chosen_first_leaves_the_investor() -> None:
    text = "Po wyłonieniu wykonawcy spółka Drobex zacznie budowę nowej chłodni w Kole."
    assert _names(text, "investment") == {"Drobex"}


def test_a_contractor_sought_states_no_plant_built() -> None:
    text = "Firma Polbet poszukuje wykonawcy hali magazynowej w Koninie."
    assert ("done", [("Polbet", "investor")]) not in _events(text, "investment")


@pytest.mark.parametrize(
    "text",
    [
        "Wykonawcą hali spółki Drobex w Kole będzie firma Budimex.",
        "Spółka Drobex podpisała umowę z generalnym wykonawcą nowego zakładu w Kole, firmą Budimex.",
    ],
)
def test_the_named_contractor_still_builds_for_the_investor(text: str) -> None:
    assert _names(text, "investment") == {"Drobex"}


# 8. a role noun with an organisation in the genitive after it names that one's partner, not a gathering's


def test_a_companys_partner_after_a_forum_takes_no_part_in_it() -> None:
    text = (
        "W Gdańsku odbyło się forum o morskiej energetyce. Partnerem technologicznym spółki Baltex została firma "
        "Windom."
    )
    assert not {"Baltex", "Windom"} & _names(text, "conference")


def test_the_partner_of_the_gathering_still_takes_part() -> None:
    text = (
        "W Lesznie odbyło się forum rolników. Jego organizatorem była Izba Rolnicza Alfa, a partnerem – Agencja "
        "Rozwoju Beta."
    )
    assert _events(text, "conference") == [
        ("done", [("Agencja Rozwoju Beta", "participant"), ("Izba Rolnicza Alfa", "organizer")])
    ]


# 9. 'sfinalizować' states the investment only through its object (a plant's building, land bought)


def test_a_sale_finalised_is_no_investment_of_the_seller() -> None:
    text = "Spółka Termex sfinalizowała sprzedaż zakładu w Płocku funduszowi Alpha Capital."
    assert "Termex" not in _names(text, "investment")


@pytest.mark.parametrize(
    "text",
    ["Spółka Korvix sfinalizowała budowę hali w Ełku.", "Spółka Korvix sfinalizowała zakup terenu w Ełku."],
)
def test_a_building_or_purchase_finalised_is_still_an_investment(text: str) -> None:
    assert _names(text, "investment") == {"Korvix"}


# 10. the one land is bought from sells it


def test_the_seller_of_land_is_no_investor() -> None:
    assert "Rolpol" not in _names("Gospodarz z gminy Lipno nabył 15 ha łąk od firmy Rolpol.", "investment")


def test_a_company_buying_hectares_still_invests() -> None:
    text = "Spółka Korvix kupiła od gminy Ełk 8 ha gruntu pod halę."
    assert _names(text, "investment") == {"Korvix"}


# organizer_verb_before by lemma: any form of the organising verbs


@pytest.mark.parametrize(
    "text",
    [
        "Forum Gospodarcze w Kielcach współorganizowała Izba Handlowa Alfa.",
        "Targi Rolne w Lesznie organizowała w tym roku Izba Rolnicza Alfa.",
    ],
)
def test_the_organiser_after_any_form_of_the_verb(text: str) -> None:
    assert [[r for _n, r in parts] for _s, parts in _events(text, "conference")] == [["organizer"]]


# ev9's later commit (f94800e): a table flattened to text lists the participants its sentence leaves unnamed


def test_a_table_of_other_deals_adds_no_party_to_a_named_signing() -> None:
    text = (
        "Spółka Termex podpisała umowę z Gminą Płock. Umowa | Strona | Rok\nDzierżawa | Spółka Alfamet | 2019\n"
        "Najem | Firma Betabud | 2020"
    )
    assert _events(text, "agreement") == [("done", [("Gmina Płock", "party"), ("Termex", "party")])]


def test_a_table_still_lists_the_prized_firms_its_sentence_leaves_unnamed() -> None:
    text = (
        "Izba Handlowa Alfa nagrodziła w piątek firmy z regionu. Kategoria | Laureat | Miasto\n"
        "Mała firma | Spółka Kormet | Kielce\nDuża firma | Firma Betabud | Radom"
    )
    assert {"Kormet", "Betabud"} <= _names(text, "award")
