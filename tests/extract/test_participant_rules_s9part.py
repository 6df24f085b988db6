"""Test sentences in our own words for the participant rules of session 9 (issue 8, item 3): a relative clause
before the trigger names no party; a verb with no subject of its own acts for the subject of the sentence before,
a plural one for the whole list of it, a trigger noun through the verb whose object it is; a first-person verb or
a plural common noun before the verb speaks for no one named before."""

from __future__ import annotations

import pytest
from tests.extract.test_participant_battery_s7part import found_events


def _events(text: str) -> set[tuple[str, frozenset[tuple[str, str]]]]:
    return set(found_events(text))


def _parties(typ: str, *names: str) -> tuple[str, frozenset[tuple[str, str]]]:
    return (typ, frozenset((n.casefold(), "party") for n in names))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Spółka Termalex, która dotąd współpracowała z Politechniką Gdańską, podpisała umowę z Akademią "
            "Morską w Gdyni.",
            _parties("agreement", "Termalex", "Akademia Morska w Gdyni"),
        ),
        (
            "Uniwersytet Opolski i firma Elpak od roku prowadzą badania nad magazynami ciepła. W maju podpisały "
            "list intencyjny.",
            _parties("letter_of_intent", "Uniwersytet Opolski", "Elpak"),
        ),
        (
            "Politechnika Lubelska od dawna kształci inżynierów dla przemysłu. We wtorek podpisała list intencyjny "
            "z firmą Lubmet.",
            _parties("letter_of_intent", "Politechnika Lubelska", "Lubmet"),
        ),
    ],
)
def test_parties_outside_the_clause(text: str, want: tuple[str, frozenset[tuple[str, str]]]) -> None:
    assert want in _events(text)


def test_plural_zero_subject_founds() -> None:
    text = (
        "Akademia Górnicza w Zabrzu, spółka Geotherm i Izba Gospodarcza Górnictwa od lat współpracują. W lutym "
        "powołały Śląski Klaster Geotermalny."
    )
    founders = {(n, r) for t, parts in _events(text) if t == "founding" for n, r in parts if r == "founder"}
    assert founders == {
        ("akademia górnicza w zabrzu", "founder"),
        ("geotherm", "founder"),
        ("izba gospodarcza górnictwa", "founder"),
    }


@pytest.mark.parametrize(
    "text",
    [
        # a first-person verb: the speakers, not the bodies named before
        "Politechnika Opolska i spółka Elpak przedstawiły wyniki badań. Tworzymy dziś platformę współpracy dla "
        "regionu – mówi rektor.",
        # a plural common noun is the verb's own subject
        "Gmina Borowo i spółka Dremax są znane w regionie. Przedsiębiorcy i naukowcy współpracują tu od dawna.",
    ],
)
def test_no_pair_from_the_sentence_before(text: str) -> None:
    pairs = [parts for t, parts in _events(text) if t in ("agreement", "letter_of_intent", "cooperation")]
    assert not any({"politechnika opolska", "elpak"} <= {n for n, _ in p} for p in pairs)
    assert not any({"gmina borowo", "dremax"} <= {n for n, _ in p} for p in pairs)


def test_contest_organiser_of_the_lead_paragraph_grants() -> None:
    text = (
        "W sobotę w Gliwicach odbyła się gala konkursu Złoty Inżynier Śląska, organizowanego przez Izbę "
        "Przemysłowo-Handlową w Gliwicach. Kapituła konkursu wyróżniła dwie firmy.\n\n"
        "Wśród małych firm zwyciężyła spółka Termis z Rybnika, producent pomp ciepła. W kategorii dużych firm "
        "najlepsze okazały się Zakłady Mechaniczne Bumar.\n\nNagrodę specjalną Marszałka Województwa Śląskiego "
        "otrzymała Fundacja Młodzi Inżynierowie."
    )
    awards = [parts for t, parts in _events(text) if t == "award"]
    by_contest = [p for p in awards if "fundacja młodzi inżynierowie" not in {n for n, _ in p}]
    assert by_contest
    assert all(("izba przemysłowo-handlowa w gliwicach", "grantor") in parts for parts in by_contest)


def test_a_plural_group_noun_stands_for_no_one_group() -> None:
    # "do klastrów" (plural) is no anaphor of the one cluster named before; "do klastra" is
    many = "Śląski Klaster Lotniczy skupia producentów części. Do klastrów branżowych z regionu przystąpiła w marcu spółka Aerotech."
    one = "Śląski Klaster Lotniczy skupia producentów części. Do klastra przystąpiła w marcu spółka Aerotech."
    pair = frozenset({("śląski klaster lotniczy", "group"), ("aerotech", "member")})
    assert ("membership", pair) not in _events(many)
    assert ("membership", pair) in _events(one)


def test_a_receiving_verb_with_no_subject_of_its_own() -> None:
    text = (
        "Spółdzielnia Mleczarska Łowicz rozwija eksport serów. W ubiegłym tygodniu otrzymała nagrodę Lidera "
        "Eksportu przyznawaną przez Krajową Izbę Gospodarczą."
    )
    assert (
        "award",
        frozenset({("spółdzielnia mleczarska łowicz", "recipient"), ("krajowa izba gospodarcza", "grantor")}),
    ) in _events(text)
    # a number before the verb is its subject: no recipient from the sentence before
    counted = (
        "Krajowa Izba Gospodarcza ogłosiła wyniki konkursu Lider Eksportu. 12 firm otrzymało nagrody w trzech "
        "kategoriach."
    )
    assert not any(("krajowa izba gospodarcza", "recipient") in p for _t, p in _events(counted))


def test_a_place_after_a_phrase_of_time_with_a_number_acts() -> None:
    text = "Od trzech lat Pomorze współpracuje z duńską Zelandią. Oba regiony wymieniają się doświadczeniami."
    assert ("cooperation", frozenset({("pomorze", "party"), ("zelandia", "party")})) in _events(text)


def test_founders_are_the_signatories_named_after() -> None:
    text = (
        "W Tarnowie podpisano porozumienie o utworzeniu Małopolskiego Klastra Recyklingu. Sygnatariuszami "
        "porozumienia zostało dziewięć instytucji, wśród nich Gmina Tarnów, spółka Ekotar i Akademia Tarnowska."
    )
    founders = {n for t, p in _events(text) if t == "founding" for n, r in p if r == "founder"}
    assert founders == {"gmina tarnów", "ekotar", "akademia tarnowska"}


@pytest.mark.parametrize(
    "later",
    [
        "Do porozumienia jako partnerzy przystąpiły spółki Konmet oraz Elterm.",
        "Program praktyk przygotują obie strony.\n\nDo umowy dołączyły w maju spółki Konmet oraz Elterm.",
    ],
)
def test_those_who_join_an_agreement_later_are_parties(later: str) -> None:
    text = "Uczelnia Techniczna w Koninie i Gmina Kleczew podpisały umowę o współpracy. " + later
    assert _parties(
        "agreement", "Uczelnia Techniczna w Koninie", "Gmina Kleczew", "Konmet", "Elterm"
    ) in _events(text)


def test_the_mayor_of_a_town_that_acts_is_no_second_party() -> None:
    text = (
        "Marszałek Jan Kowalczyk podpisał z burmistrzem Buska-Zdroju Adamem Lisem porozumienie o budowie "
        "drogi do strefy przemysłowej."
    )
    agreements = [p for t, p in _events(text) if t == "agreement"]
    assert agreements
    assert all(("adam lis", "party") not in p for p in agreements)


def test_an_undeclined_name_closes_the_list_of_a_plural_subject() -> None:
    text = (
        "Spółki Termavex i Kolbud od dwóch lat dzielą magazyn w Kutnie. We wtorek podpisały list intencyjny w "
        "sprawie wspólnej sieci sprzedaży."
    )
    assert _parties("letter_of_intent", "Termavex", "Kolbud") in _events(text)


def test_initiator_named_before_and_the_cluster_as_a_kind_noun() -> None:
    text = (
        "Inicjatorem Klastra Energii Dolina Baryczy była Gmina Milicz. Klaster powstał przed trzema laty i skupia "
        "dziś kilkanaście firm."
    )
    assert (
        "founding",
        frozenset({("klaster energii dolina baryczy", "founded"), ("gmina milicz", "founder")}),
    ) in _events(text)


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "Delegacja z Bawarii przyjechała w środę do Rzeszowa. Gości przyjął marszałek Województwa "
            "Podkarpackiego.",
            "województwo podkarpackie",
        ),
        (
            "Przedsiębiorcy z Moraw przyjechali do Ostrowa Wielkopolskiego. Przyjął ich prezes Kaliskiej Izby "
            "Gospodarczej.",
            "kaliska izba gospodarcza",
        ),
    ],
)
def test_who_receives_the_guests_hosts(text: str, host: str) -> None:
    visits = [p for t, p in _events(text) if t == "visit"]
    assert visits
    assert any((host, "host") in p for p in visits)
    assert not any((host, "visitor") in p for p in visits)


def test_a_purpose_after_the_copula_has_no_actor_from_before() -> None:
    text = (
        "Klaster Lubuski Metal skupia ponad sześćdziesiąt firm. Podstawowym zadaniem klastra jest budowanie "
        "współpracy między przedsiębiorcami a uczelniami."
    )
    assert not any(("klaster lubuski metal", "investor") in p for _t, p in _events(text))
