"""Rules of organisation names added in session 9, each with sentences in our own words: a trade office of an
organisation is folded into it (its seat is the office's, except for an embassy or a consulate, named by their
seat), a trade office whose organisation is not named is no organisation, and a term listed as no organisation
("Tier 1") is no company after a descriptor ("dostawca")."""

from __future__ import annotations

from typing import Any

import pytest

from kooperacja import extract


def _orgs(text: str) -> dict[str, str | None]:
    record: dict[str, Any] = extract(text, doc_id="rules-s9org", published="2026-05-04")
    return {e["name"]: e.get("subtype") for e in record["entities"] if e["type"] == "organization"}


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Rozmowy z inwestorami prowadziło Regionalne Biuro Handlowe Krajowej Agencji Eksportu w Opolu. "
            "Agencja pomogła już dwunastu firmom.",
            {"Krajowa Agencja Eksportu": "agency"},
        ),
        (
            "Spotkanie odbyło się w Zagranicznym Biurze Handlowym Polskiej Agencji Inwestycji i Handlu w Osace. "
            "Przyszło na nie 40 japońskich firm.",
            {"Polska Agencja Inwestycji i Handlu": "agency"},
        ),
        (
            "Umowę podpisała Polska Agencja Inwestycji i Handlu. Tydzień później w Regionalnym Biurze Handlowym "
            "Polskiej Agencji Inwestycji i Handlu w Kielcach odbyły się warsztaty dla eksporterów.",
            {"Polska Agencja Inwestycji i Handlu": "agency"},
        ),
        (
            "Biuro Handlowe Ambasady RP w Wiedniu przygotowało listę austriackich importerów mebli.",
            {"Ambasada RP w Wiedniu": "national_government"},
        ),
    ],
)
def test_trade_office_is_its_organisation(text: str, wanted: dict[str, str]) -> None:
    assert _orgs(text) == wanted


def test_unnamed_trade_office_is_no_organisation() -> None:
    orgs = _orgs(
        "Na targach firmy z Mazowsza wspierali doradcy Biura Handlowego. Spółka Meblex podpisała dwa kontrakty."
    )
    assert orgs == {"Meblex": "company"}


@pytest.mark.parametrize(
    "text",
    [
        "Spółka Autex jest dostawcą Tier 1 dla producentów samochodów osobowych.",
        "Firma Autex została dostawcą TIER 2 dla fabryki silników w Tychach.",
    ],
)
def test_supplier_tier_is_no_company(text: str) -> None:
    assert _orgs(text) == {"Autex": "company"}


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Inwestycja firmy Rotomet – Zakład Produkcyjny w Tczewie – kosztowała 40 mln zł.",
            {"Rotomet": "company"},
        ),
        (
            "Nowe Centrum Dystrybucyjne stanie pod Strykowem. Zbuduje je firma Logipark.",
            {"Logipark": "company"},
        ),
        (
            "Kolejny Park Przemysłowy powstanie w Kutnie. Zarządzać nim będzie spółka Parkon.",
            {"Parkon": "company"},
        ),
        ("W Mławie otwarto Centrum Magazynowe. Obiekt wynajęła firma Frigopol.", {"Frigopol": "company"}),
        (
            "Nowoczesne Centrum Serwisowe ruszyło w Jasionce. Prowadzi je spółka Avioserw.",
            {"Avioserw": "company"},
        ),
        (
            "Jedyny Park Usługowy w powiecie ma już komplet najemców, w tym firmę Biurex.",
            {"Biurex": "company"},
        ),
        ("Duże Centrum Magazynowe przy autostradzie kupiła firma Storex.", {"Storex": "company"}),
    ],
)
def test_kind_only_is_no_organisation(text: str, wanted: dict[str, str]) -> None:
    """A head with only adjectives of its kind ("Produkcyjny", "Dystrybucyjne") or plain ones ("Nowe", "Kolejny")
    says which kind, not which organisation."""
    assert _orgs(text) == wanted


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Centrum Usługowe Betamax zatrudni w Łodzi 200 księgowych.", "Centrum Usługowe Betamax"),
        ("Centrum Serwisowe Aerotech obsłuży samoloty z całej Europy.", "Centrum Serwisowe Aerotech"),
        ("Centrum Dystrybucyjne Kalmex rozesłało w tym roku milion paczek.", "Centrum Dystrybucyjne Kalmex"),
    ],
)
def test_service_centre_is_a_company(text: str, name: str) -> None:
    """A service, distribution or warehouse centre with a name is a company's, not a research centre."""
    assert _orgs(text) == {name: "company"}


@pytest.mark.parametrize(
    ("text", "name", "subtype"),
    [
        ("Rada Miejska Kutna zgodziła się na sprzedaż działki.", "Rada Miejska Kutna", "municipality"),
        (
            "Posiedzenie Rady Klastra Drzewnego Podhala odbyło się w piątek.",
            "Rada Klastra Drzewnego Podhala",
            "cluster",
        ),
        (
            "Stowarzyszenie Lubelski Klaster Ekoenergetyczny przyjęło trzech nowych członków.",
            "Stowarzyszenie Lubelski Klaster Ekoenergetyczny",
            "cluster",
        ),
        (
            "Stowarzyszenie Wschodni Sojusz Logistyczny zrzesza dwadzieścia firm przewozowych.",
            "Stowarzyszenie Wschodni Sojusz Logistyczny",
            "cluster",
        ),
        ("Zrzeszenie Gmin Pojezierza przyjęło nowy statut.", "Zrzeszenie Gmin Pojezierza", "municipality"),
        ("Bank Światowy sfinansuje budowę obwodnicy.", "Bank Światowy", "international_org"),
        (
            "Główny Urząd Statystyczny podał nowe dane o płacach.",
            "Główny Urząd Statystyczny",
            "national_government",
        ),
        (
            "Europejski Bank Inwestycyjny udzieli miastu pożyczki.",
            "Europejski Bank Inwestycyjny",
            "international_org",
        ),
    ],
)
def test_subtype_from_a_word_of_the_name(text: str, name: str, subtype: str) -> None:
    """A council of a town or a cluster, an association of a cluster, a union of communes, an international bank, a
    central office: the subtype a word of the name gives, before or after the head."""
    assert _orgs(text).get(name) == subtype


def _roles(text: str) -> dict[str, set[str | None]]:
    record: dict[str, Any] = extract(text, doc_id="rules-s9org", published="2026-05-04")
    names = {e["id"]: e["name"] for e in record["entities"]}
    return {
        e["name"]: {names.get(r.get("organization")) for r in e.get("roles", [])}
        for e in record["entities"]
        if e["type"] == "person"
    }


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        (
            "Porozumienie podpisał Jan Wiśniak, pierwszy Marszałek Województwa Opolskiego. Umowa dotyczy szkół.",
            "Jan Wiśniak",
            "Województwo Opolskie",
        ),
        ("Na spotkaniu był Adam Lis, obecny prezes spółki Kalmex.", "Adam Lis", "Kalmex"),
        (
            "Gości przywitał Piotr Rak, były dyrektor Kieleckiego Parku Technologicznego.",
            "Piotr Rak",
            "Kielecki Park Technologiczny",
        ),
        (
            "Spotkanie prowadziła Ewa Zięba – długoletnia prezes Izby Gospodarczej Regionu Sądeckiego.",
            "Ewa Zięba",
            "Izba Gospodarcza Regionu Sądeckiego",
        ),
        ("Umowę parafował Olaf Mróz, ówczesny wiceprezes firmy Termex.", "Olaf Mróz", "Termex"),
        ("Głos zabrał Karol Wilk, nowy dyrektor spółki Lubmet.", "Karol Wilk", "Lubmet"),
        ("List podpisała Irena Sęk, dotychczasowa prezes firmy Polbud.", "Irena Sęk", "Polbud"),
        ("Gratulacje złożył Jerzy Kos, wieloletni prezes spółki Drewpol.", "Jerzy Kos", "Drewpol"),
    ],
)
def test_title_after_a_modifier(text: str, person: str, org: str) -> None:
    """ "Jan Lis, obecny prezes spółki X": an adjective of time or order between the name and the title in
    apposition (title_modifiers.tsv) leaves the title and its organisation the person's."""
    assert org in _roles(text).get(person, set())


@pytest.mark.parametrize(
    ("text", "person", "not_org"),
    [
        (
            "Oświadczenie podpisał Jan Wiśniak, Marszałek Województwa Opolskiego z prof. Hansem Müllerem, premierem "
            "Saksonii.",
            "Hans Müller",
            "Województwo Opolskie",
        ),
        (
            "Halę otworzył prezes spółki Kalmex wraz z dr. Adamem Mikiem.",
            "Adam Mik",
            "Kalmex",
        ),
        (
            "Dyrektor Parku Technologicznego Opole razem z Ewą Sową zwiedził halę.",
            "Ewa Sowa",
            "Park Technologiczny Opole",
        ),
    ],
)
def test_title_before_a_preposition_is_another_s(text: str, person: str, not_org: str) -> None:
    """ "Marszałek Województwa X z prof. Janem Lisem": a name after a preposition is in an oblique case; the title
    before the preposition is someone else's."""
    assert not_org not in _roles(text).get(person, set())


def test_legal_form_before_a_name_is_no_preposition() -> None:
    """The last "o." of "Sp. z o.o." before a name is no preposition: the title before the firm is the person's."""
    roles = _roles("Umowę podpisała prezes Betamax Sp. z o.o. Anna Rybka. Firma zbuduje halę w Kielcach.")
    assert "Betamax Sp. z o.o." in roles.get("Anna Rybka", set()) or "Betamax" in roles.get(
        "Anna Rybka", set()
    )


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Nowa Fabryka Powstanie w Opolu\nSpółka Kartonex zbuduje w Opolu zakład produkcji tektury.",
            {"Kartonex": "company"},
        ),
        (
            "Klaster Ruszy z Nowym Projektem\nKlaster Dolina Wody zrzesza 20 firm.",
            {"Klaster Dolina Wody": "cluster"},
        ),
        ("Hala Logistyczna Stanie pod Łodzią\nInwestorem jest firma Logimax.", {"Logimax": "company"}),
        (
            "Klaster Wyżyna Motoryzacyjna\nKlaster Wyżyna Motoryzacyjna przyjął pięciu członków.",
            {"Klaster Wyżyna Motoryzacyjna": "cluster"},
        ),
    ],
)
def test_headline_verb_ends_the_name(text: str, wanted: dict[str, str]) -> None:
    """In a headline (a line with no full stop) a capitalised verb before a lower-case word ends the name before
    it; a word that reads as a verb but goes on with capitalised words ("Wyżyna Motoryzacyjna") stays in it."""
    assert _orgs(text) == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Decyzję o wsparciu nowej inwestycji otrzymał Bergmet. Spółka wyda na halę 15 mln zł.",
            {"Bergmet": "company"},
        ),
        (
            "Zezwolenie na działalność w strefie uzyskała Dromelia. Firma zbuduje magazyn.",
            {"Dromelia": "company"},
        ),
        ("Dofinansowanie z programu otrzymało Kelvento. To producent okien.", {"Kelvento": "company"}),
        ("Pożyczkę na nowe maszyny dostał Fabrilo. Zakład ruszy w maju.", {"Fabrilo": "company"}),
        ("Nagrodę za projekt otrzymał Schmidtke. To znany architekt z Gdyni.", {}),
    ],
)
def test_receiver_of_a_permit_is_a_company(text: str, wanted: dict[str, str]) -> None:
    """ "Zezwolenie … otrzymał X": a lone unknown word that receives a permit, a support decision, a grant or a
    loan after the verb is a company; one that receives a prize is not said to be one."""
    assert _orgs(text) == wanted
