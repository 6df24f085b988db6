"""Misfires the reviewers of session s12 named and left open (issue 8, misfix18): each fix has passages of our own
that show the misfire (they failed before the fix) beside a near miss that must keep working. Every firm, person
and sentence is invented."""

from __future__ import annotations

from typing import Any

import pytest

import kooperacja.extract as ex


def _record(text: str) -> dict[str, Any]:
    return ex.extract(text, published="2025-03-01")


def _names(rec: dict[str, Any], typ: str) -> set[str]:
    return {e["name"] for e in rec["entities"] if e["type"] == typ}


def _event_places(text: str, typ: str = "investment") -> list[str | None]:
    rec = _record(text)
    names = {e["id"]: e["name"] for e in rec["entities"]}
    return [names.get(ev["place"]) if ev["place"] else None for ev in rec["events"] if ev["type"] == typ]


# --- 2. "na + country/land" in the locative is where a plant is


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Spółka Drewmet otworzy nowy zakład produkcyjny na Słowacji.", "Słowacja"),
        ("Koncern Baltplast zainwestuje 20 mln zł w budowę fabryki na Węgrzech.", "Węgry"),
        ("Grupa Tarmex uruchomiła w zeszłym roku centrum logistyczne na Litwie.", "Litwa"),
        ("Producent okien Oknolux postawi halę magazynową na Śląsku.", "Śląsk"),
    ],
)
def test_a_plant_on_a_land_has_that_place(text: str, place: str) -> None:
    assert place in _event_places(text)


def test_a_plant_in_a_town_keeps_the_town_before_the_land() -> None:
    assert _event_places("Spółka Drewmet zbuduje na Słowacji fabrykę w Żylinie.") == ["Żylina"]


def test_a_direction_in_the_accusative_is_no_place() -> None:
    assert _event_places("Spółka Drewmet zbuduje nową halę, a produkcję skieruje na Węgry.") == [None]


def test_a_signing_about_deliveries_on_a_land_is_not_placed_there() -> None:
    assert "Litwa" not in _event_places(
        "Firma Elkamet i spółka Baltis podpisały w Toruniu list intencyjny w sprawie dostaw na Litwie.",
        "letter_of_intent",
    )


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # "na + land" describing the firm, not the plant: the town of the next sentence is the place (revmis18)
        (
            "Firma Meblar, czołowy producent mebli na Warmii, zbuduje nową fabrykę. Zakład stanie w Ostródzie.",
            "Ostróda",
        ),
        (
            "Spółka Paszmet, największy eksporter pasz na Ukrainie, zainwestuje 30 mln zł w rozbudowę zakładu. "
            "Nowa hala powstanie w Hrubieszowie.",
            "Hrubieszów",
        ),
        (
            "Spółka Lubelskie Kable z siedzibą na Lubelszczyźnie zainwestuje 40 mln zł w nowy zakład. "
            "Fabryka powstanie w Kraśniku.",
            "Kraśnik",
        ),
        (
            "Spółka Drobimex, po sukcesie na Litwie, zbuduje nową ubojnię. Inwestycja powstanie w Suwałkach.",
            "Suwałki",
        ),
        # the land tied to the plant, a town in the next sentence: the town wins
        ("Spółka Drewmet zbuduje nową fabrykę na Śląsku. Zakład stanie w Gliwicach.", "Gliwice"),
    ],
)
def test_a_land_that_describes_the_firm_gives_way_to_the_town(text: str, place: str) -> None:
    assert _event_places(text) == [place]


@pytest.mark.parametrize(
    ("text", "land"),
    [
        (
            "Po przejęciu sieci hurtowni na Słowacji grupa Polbest zainwestuje 25 mln zł w nowe centrum logistyczne.",
            "Słowacja",
        ),
        (
            "Spółka Mazowieckie Sery, znana z wyrobów sprzedawanych głównie na Mazowszu, rozbuduje mleczarnię.",
            "Mazowsze",
        ),
    ],
)
def test_a_land_of_the_firms_past_or_market_is_no_place(text: str, land: str) -> None:
    assert land not in _event_places(text)


# --- 3. a thing noun opening a sentence before a name and a legal form is the name's first word


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Delta Kable sp. z o.o. zbuduje halę w Koninie.", "Delta Kable sp. z o.o."),
        ("Piramida Transport sp. z o.o. postawi bazę w Kole.", "Piramida Transport sp. z o.o."),
        ("Lawina Stal S.A. kupiła działkę w strefie.", "Lawina Stal S.A."),
        ("Zorza Okna Drewniane sp. z o.o. otworzy salon w Pile.", "Zorza Okna Drewniane sp. z o.o."),
    ],
)
def test_a_thing_noun_opens_a_firms_name(text: str, org: str) -> None:
    assert org in _names(_record(text), "organization")


@pytest.mark.parametrize(
    "text",
    [
        "Wczoraj Kable sp. z o.o. otworzyła sklep w Pile.",  # an adverb
        "Inwestor Kable sp. z o.o. zbuduje halę w Pile.",  # a person's noun
    ],
)
def test_a_word_before_a_firm_is_no_part_of_it(text: str) -> None:
    assert _names(_record(text), "organization") == {"Kable sp. z o.o."}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # a noun of an event or a matter takes the firm in the genitive (revmis18)
        ("Inwestycja Deltapol sp. z o.o. w Nysie pochłonie 30 mln zł.", "Deltapol sp. z o.o."),
        (
            "Decyzja Termoplex Polska sp. z o.o. o rozbudowie hali zapadła w piątek.",
            "Termoplex Polska sp. z o.o.",
        ),
        ("Strategia Orlen S.A. zakłada budowę nowych stacji.", "Orlen S.A."),  # a proper name after the noun
        ("Oferta Kormet S.A. okazała się najtańsza.", "Kormet S.A."),
        ("Wniosek Rolmex sp. z o.o. o zezwolenie trafił do strefy.", "Rolmex sp. z o.o."),
        ("Propozycja Gamma Kable sp. z o.o. trafiła do gminy.", "Gamma Kable sp. z o.o."),
        ("Wynik Gamma Stal S.A. był rekordowy.", "Gamma Stal S.A."),
        ("Sprawozdanie Gamma Stal S.A. trafiło do akcjonariuszy.", "Gamma Stal S.A."),
    ],
)
def test_a_noun_of_a_matter_before_a_firm_is_no_part_of_it(text: str, org: str) -> None:
    assert org in _names(_record(text), "organization")


def test_a_thing_noun_with_no_legal_form_after_stays_outside() -> None:
    assert not any(
        n.startswith("Delta") for n in _names(_record("Delta Kable zbuduje halę w Koninie."), "organization")
    )


# --- 6. a known town whose name has the unit's noun after its first word is a place


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("W Nowym Mieście nad Pilicą powstanie nowa hala firmy Oknolux.", "Nowe Miasto nad Pilicą"),
        ("Nowe Miasto Lubawskie przyciąga inwestorów z Niemiec.", "Nowe Miasto Lubawskie"),
    ],
)
def test_a_town_named_new_town_is_a_place(text: str, town: str) -> None:
    rec = _record(text)
    assert town in _names(rec, "place")
    assert town not in _names(rec, "organization")


@pytest.mark.parametrize(
    "text",
    [
        "Urząd Miasta i Gminy Nowe Miasto nad Pilicą wydał decyzję o warunkach zabudowy.",
        "Gmina Nowe Miasto nad Pilicą sprzedała działkę firmie Oknolux.",
    ],
)
def test_the_office_or_commune_of_such_a_town_stays_an_organisation(text: str) -> None:
    assert any("Nowe Miasto nad Pilicą" in n for n in _names(_record(text), "organization"))


# --- 7. a site's noun before its owner's genitive: the owner is the organisation, the site is none


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # a known firm in "-a" and in "-u"; an unknown one in "-u" or "-a" that the text names bare too
        ("Centrum Dystrybucyjne Lidla w Sosnowcu zatrudni 300 osób.", "Lidl"),
        ("Centrum Logistyczne Amazonu w Bielanach rozbuduje się o nową halę.", "Amazon"),
        ("Spółka Kormex rośnie. Zakład Produkcyjny Kormexu w Kole przyjmie 40 pracowników.", "Kormex"),
        ("Firma Budimex buduje drogi. Centrum Logistyczne Budimexu stanie w Kole.", "Budimex"),
        ("Centrum Dystrybucyjne Biedronki w Kole zatrudni 200 osób.", "Biedronka"),
        ("Spółka Dremar otworzy halę w Kole. Magazyn Dremara stanie obok.", "Dremar"),
    ],
)
def test_a_site_of_an_owner_gives_the_owner(text: str, owner: str) -> None:
    orgs = _names(_record(text), "organization")
    assert owner in orgs
    assert not any(n.split()[0] in ("Centrum", "Zakład", "Magazyn") for n in orgs)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Centrum Badań Biomedycznych powstanie w Kole.", "Centrum Badań Biomedycznych"),  # a common genitive
        ("Fabryka Mebli Oknolux zatrudni 50 osób.", "Fabryka Mebli Oknolux"),  # the firm's own name
        ("Zakłady Chemiczne Borowo S.A. zbudują halę.", "Zakłady Chemiczne Borowo S.A."),
    ],
)
def test_a_named_centre_or_plant_firm_stays_whole(text: str, org: str) -> None:
    assert org in _names(_record(text), "organization")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # a foreign name that ends in "-u" in the nominative: no genitive to cut (revmis18)
        ("Zakład Produkcyjny Suzumu w Tychach zwiększy produkcję.", "Suzum"),
        ("Zakład Produkcyjny Hitaku w Mielcu zatrudni 100 osób.", "Hitak"),
        ("Centrum Logistyczne Koshimu w Strykowie ruszy w maju.", "Koshim"),
    ],
)
def test_an_unknown_word_in_u_is_not_cut_without_a_bare_mention(text: str, org: str) -> None:
    assert org not in _names(_record(text), "organization")


def test_an_unknown_word_in_a_after_a_plant_is_not_cut_without_a_bare_mention() -> None:
    # "Vitra" may be the nominative: nothing in the text names a firm "Vitr"
    assert "Vitr" not in _names(_record("Zakład Vitra w Kole ruszy w maju."), "organization")


# --- 8. a head noun's base form: a tie between a common noun and a proper one of another gender goes to the common


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Spółka Oknolux otworzyła nowy terminal w Porcie Gdynia.", "Port Gdynia"),
        ("W Porcie Gdańsk przeładowano w marcu rekordową ilość zboża.", "Port Gdańsk"),
        ("Przy Porcie Lotniczym Katowice powstanie hala firmy Oknolux.", "Port Lotniczy Katowice"),
    ],
)
def test_a_port_in_the_locative_keeps_its_noun(text: str, org: str) -> None:
    assert org in _names(_record(text), "organization")


def test_a_persons_surname_keeps_its_base_form() -> None:
    rec = _record("Umowę z firmą Oknolux podpisał w Kole prezes Jan Kowal.")
    assert "Jan Kowal" in _names(rec, "person")


def test_a_works_in_the_locative_keeps_its_name() -> None:
    assert "Huta Pokój" in _names(_record("W Hucie Pokój powstanie nowa walcownia."), "organization")


# --- 4. a family firm's name "X i Synowie" is one name, and ends at its kin's noun


@pytest.mark.parametrize(
    ("text", "org", "person"),
    [
        ("Do firmy Nowak i Synowie Adam Nowak dołączył w 2010 r.", "Nowak i Synowie", "Adam Nowak"),
        (
            "W spółce Kowalski i Synowie Piotr Kowalski odpowiada za sprzedaż.",
            "Kowalski i Synowie",
            "Piotr Kowalski",
        ),
        ("Do firmy Lisiak i Wspólnicy Anna Lisiak wróciła w maju.", "Lisiak i Wspólnicy", "Anna Lisiak"),
        (
            "Właścicielem firmy Brzęczyk i Synowie jest Marek Brzęczyk.",
            "Brzęczyk i Synowie",
            "Marek Brzęczyk",
        ),
    ],
)
def test_a_family_firm_and_the_person_after_it(text: str, org: str, person: str) -> None:
    rec = _record(text)
    assert org in _names(rec, "organization")
    assert person in _names(rec, "person")
    assert not any(person in n for n in _names(rec, "organization"))


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Nowak i Synowie Transport sp. z o.o. otworzy bazę w Kole.", "Nowak i Synowie Transport sp. z o.o."),
        ("Firma Kowalski i Synowie sp. j. otworzyła sklep w Łowiczu.", "Kowalski i Synowie sp. j."),
    ],
)
def test_a_family_firm_with_its_legal_form_keeps_the_words_before_it(text: str, org: str) -> None:
    assert any(n.endswith(org) for n in _names(_record(text), "organization"))


def test_a_firm_named_after_a_person_stays_a_firm() -> None:
    # decided (misfix18): a person's full name in the nominative right after a company noun is the firm's name,
    # as in the real gold's "ZPH <town> <first name> <surname>"; the owner in the genitive ("firma Kevina Brandta")
    # would be a person's firm described, not named
    assert "Kevin Brandt" in _names(
        _record("W Łowiczu firma Kevin Brandt otworzy nowy magazyn."), "organization"
    )


# --- 9. a title boasted of is held from before: an award only where a verb gives it in that sentence or the next


def _types(text: str) -> list[str]:
    return sorted(ev["type"] for ev in _record(text)["events"])


@pytest.mark.parametrize(
    "text",
    [
        "Firma Oknolux szczyci się tytułem Gazeli Biznesu.",
        "Spółka Drewmet może pochwalić się tytułem Lidera Innowacji i certyfikatem jakości.",
        "Gmina Kutno może poszczycić się certyfikatem Gminy Przyjaznej Inwestorom, zdobytym w 2019 r.",
    ],
)
def test_a_boasted_title_is_no_award(text: str) -> None:
    assert "award" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Firma Oknolux szczyci się tytułem Gazeli Biznesu, który otrzymała w tym tygodniu.",
        "Spółka Drewmet może pochwalić się nagrodą Lidera Innowacji. Kapituła przyznała ją w piątek.",
        "Firma Oknolux otrzymała w piątek tytuł Lidera Innowacji.",
    ],
)
def test_a_title_given_now_is_still_an_award(text: str) -> None:
    assert "award" in _types(text)


def _awards(text: str) -> list[tuple[list[str], list[str]]]:
    """(recipients, grantors) of each award."""
    rec = _record(text)
    names = {e["id"]: e["name"] for e in rec["entities"]}

    def role(ev: dict[str, Any], r: str) -> list[str]:
        return sorted(names[p["entity"]] for p in ev["participants"] if p["role"] == r)

    return [(role(ev, "recipient"), role(ev, "grantor")) for ev in rec["events"] if ev["type"] == "award"]


@pytest.mark.parametrize(
    ("text", "recipient", "grantor"),
    [
        # a participle of an award verb with a time or an occasion after it: the title is fresh (revmis18)
        (
            "Firma Kormet może pochwalić się tytułem Lidera Eksportu 2024, przyznanym w czwartek przez Izbę "
            "Przemysłową w Kielcach.",
            "Kormet",
            "Izba Przemysłowa w Kielcach",
        ),
        (
            "Spółka Rolmex szczyci się nowym wyróżnieniem – tytułem Pracodawcy Roku, zdobytym podczas "
            "tegorocznego forum w Rzeszowie.",
            "Rolmex",
            None,
        ),
        ("Firma Oknolux szczyci się tytułem Gazeli Biznesu, odebranym wczoraj w Poznaniu.", "Oknolux", None),
        # an impersonal award verb in the next sentence
        (
            "Gmina Kobylnica może się poszczycić nagrodą Gmina Przyjazna Biznesowi. Wyróżnienie wręczono w środę "
            "w Gdańsku.",
            "Gmina Kobylnica",
            None,
        ),
        (
            "Firma Oknolux szczyci się tytułem Gazeli Biznesu. Przyznano go wczoraj w Poznaniu.",
            "Oknolux",
            None,
        ),
    ],
)
def test_a_boasted_title_given_now_is_an_award(text: str, recipient: str, grantor: str | None) -> None:
    awards = _awards(text)
    assert any(recipient in rs and (grantor is None or grantor in gs) for rs, gs in awards)


@pytest.mark.parametrize(
    "text",
    [
        "Firma Oknolux szczyci się tytułem Gazeli Biznesu, zdobytym przed laty.",
        "Miasto Kutno szczyci się certyfikatem Gmina Fair Play, przyznanym po raz pierwszy w 2015 roku.",
        "Spółka Drewmet może pochwalić się tytułem Lidera Innowacji, przyznawanym przez Izbę Gospodarczą.",
    ],
)
def test_a_boasted_title_with_an_old_or_no_time_stays_held(text: str) -> None:
    assert _awards(text) == []


# --- 5. a first name before a brand named after a person


@pytest.mark.xfail(
    strict=True,
    reason="a Polish first name before a foreign first name and a surname reads as one person with two first "
    "names ('Jan Maria Kowalski'); telling a brand named after a person from a second first name needs the brand "
    "known, and no list of brands is kept (brands are no entities)",
)
def test_a_first_name_before_a_brand_is_not_glued_to_it() -> None:
    rec = _record("Projektant Marek Tommy Hilfiger odwiedził w piątek salon w Łodzi.")
    assert "Marek Tommy Hilfiger" not in _names(rec, "person")


def test_a_person_with_two_first_names_stays_whole() -> None:
    assert "Jan Maria Kowalski" in _names(
        _record("Umowę z gminą podpisał prezes Jan Maria Kowalski."), "person"
    )


# --- 3b. a town in an oblique case after a preposition, before a firm closed by its legal form


@pytest.mark.xfail(
    strict=True,
    reason="tried (misfix18): splitting a fronted town off a legal-form chunk lowered a score-only set (own2-d orgs "
    ".946 -> .925, figures .829 -> .756) and moved no readable one; left for a rule that knows when a town opens "
    "a firm's own name",
)
@pytest.mark.parametrize(
    ("text", "town", "org"),
    [
        ("W Kutnie Oknolux sp. z o.o. zbuduje halę magazynową.", "Kutno", "Oknolux sp. z o.o."),
        ("W Koninie Delta Kable sp. z o.o. postawi nowy zakład.", "Konin", "Delta Kable sp. z o.o."),
    ],
)
def test_a_fronted_town_is_not_the_firms_first_word(text: str, town: str, org: str) -> None:
    rec = _record(text)
    assert town in _names(rec, "place")
    assert org in _names(rec, "organization")


def test_a_seated_bank_keeps_its_town() -> None:
    assert "Bank Spółdzielczy w Kutnie" in _names(
        _record("Bank Spółdzielczy w Kutnie udzielił kredytu."), "organization"
    )


# --- 1. a plant denied, then a contrast: the deed after the contrast is an investment


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Firma Oknolux nie zbudowała fabryki, lecz otworzyła magazyn w Kutnie.", "Kutno"),
        ("Spółka Drewmet nie rozbudowała hali, ale uruchomiła nową linię produkcyjną w Kole.", "Koło"),
    ],
)
def test_the_deed_after_a_contrast_is_an_investment(text: str, town: str) -> None:
    assert _event_places(text) == [town]


@pytest.mark.parametrize(
    "text",
    [
        "Firma Oknolux nie zbudowała fabryki w Kutnie, a zrezygnowała z inwestycji.",
        "Firma Oknolux nie zbudowała fabryki ani nie otworzyła magazynu w Kutnie.",
    ],
)
def test_a_denial_with_no_deed_after_it_stays_denied(text: str) -> None:
    assert _event_places(text) == []


def _investors(text: str) -> list[tuple[str | None, list[str]]]:
    """(place, investors) of each investment."""
    rec = _record(text)
    names = {e["id"]: e["name"] for e in rec["entities"]}
    return [
        (
            names.get(ev["place"]) if ev["place"] else None,
            sorted(names[p["entity"]] for p in ev["participants"] if p["role"] == "investor"),
        )
        for ev in rec["events"]
        if ev["type"] == "investment"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deed stated, then a verb denied after the contrast: the deed stays (revmis18)
        (
            "Spółka Rolmet wybudowała halę w Kutnie, ale nie uruchomiła jeszcze w niej produkcji.",
            ("Kutno", "Rolmet"),
        ),
        (
            "Firma Kartonex zainwestuje 25 mln zł w nową halę w Ostrowie Wielkopolskim, ale nie otworzy "
            "zapowiadanego magazynu w Kaliszu.",
            ("Ostrów Wielkopolski", "Kartonex"),
        ),
        (
            "Firma Oknolux nie zbudowała fabryki, lecz w piątek otworzyła magazyn w Kutnie.",
            ("Kutno", "Oknolux"),
        ),
    ],
)
def test_a_contrast_keeps_the_deed_stated_before_it(text: str, expected: tuple[str, str]) -> None:
    place, investor = expected
    assert (place, [investor]) in _investors(text)


@pytest.mark.parametrize(
    "text",
    [
        "Spółka Termobud nie zainwestuje w zakład w Opolu, a jej rywal, firma Izolex, otworzy w tym czasie fabrykę w Nysie.",
        "Spółka Termobud nie zainwestuje w zakład w Opolu, a spółka Izolex otworzy fabrykę w Nysie.",
    ],
)
def test_a_deed_of_a_new_subject_after_the_contrast_is_not_the_denied_firms(text: str) -> None:
    assert not any("Termobud" in investors for _, investors in _investors(text))
