"""Session 13 battery of events in the constructions of longer, noisier portal articles (ev19), written blind:
before the event code and any event errors were read. Short passages in our own words: an event next to a
background sentence about an earlier plant or agreement, a rival's plant mentioned in passing, an event inside a
quote, an event in a participle or gerund phrase, several events in one sentence, a zone decision given in the
headline and the body, a land purchase or a lease as an agreement, plans with a stated time, and the noise of
portals ("Czytaj także" links, captions, bylines). Companies and people are invented; towns, regions, zones,
universities and agencies are real names doing invented things.

Each passage names the events that must come out (type, status, participants with roles, names compared by the
scorer's loose key) and, where `only` is set, no other event may come out (the multiset of types is exact).

Pass count on the old code (main ec1e01e): 25 of 30 (OLD_COUNT). After ev19's rules: 27 of 30, the FAILING set (the
fronted plant "Pierwszy zakład spółka otworzyła w Sieradzu w 2012 r." now names its investor, so the background plant
stays an event of its own; the university of "podpisała umowę z X, a także przystąpiła do klastra" is no member). The
rules, each with its own sentences and a near miss, follow the battery.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

import pytest
from tests.extract.battery import loose_key, passage_params, print_passage_count

import kooperacja

OLD_COUNT = "25 of 30"  # main ec1e01e

PUB = "2026-03-10"  # a Tuesday

INV, AGR, COOP, MEM, VIS, CONF = "investment", "agreement", "cooperation", "membership", "visit", "conference"


@dataclass(frozen=True)
class Want:
    typ: str
    who: tuple[tuple[str, str], ...]  # (name, role)
    status: str | None = "done"  # None: either status


@dataclass(frozen=True)
class Passage:
    key: str
    text: str
    wants: tuple[Want, ...] = ()
    only: bool = True


def w(typ: str, *who: tuple[str, str], status: str | None = "done") -> Want:
    return Want(typ, tuple(who), status)


PASSAGES: list[Passage] = []


def add(key: str, text: str, *wants: Want, only: bool = True) -> None:
    assert key not in {p.key for p in PASSAGES}, key
    PASSAGES.append(Passage(key, text, tuple(wants), only))


# --- a background sentence about an earlier plant or agreement, beside the news ---
add(
    "bg_first_plant_year",
    "Spółka Drewpol Meble otrzymała od Łódzkiej Specjalnej Strefy Ekonomicznej decyzję o wsparciu na rozbudowę "
    "hali w Radomsku. Firma zainwestuje 40 mln zł i przyjmie 60 pracowników. Pierwszy zakład spółka otworzyła w "
    "Sieradzu w 2012 r.",
    w(INV, ("Drewpol Meble", "investor"), ("Łódzka Specjalna Strefa Ekonomiczna", "host")),
    w(INV, ("Drewpol Meble", "investor")),
)
add(
    "bg_cooperation_since",
    "Firma Sensilab rozbudowuje laboratorium w Wrocławiu. Od 2021 r. spółka Sensilab współpracuje z Politechniką "
    "Wrocławską przy projektach czujników gazu.",
    w(COOP, ("Sensilab", "party"), ("Politechnika Wrocławska", "party")),
    only=False,
)
add(
    "bg_agreement_year",
    "Spółka Autokabel produkuje wiązki elektryczne we Wrześni. Porozumienie o współpracy z Gminą Września spółka "
    "podpisała w 2020 roku, a teraz je przedłuża.",
    w(AGR, ("Autokabel", "party"), ("Gmina Września", "party")),
    only=False,
)
add(
    "bg_launched_in_year",
    "Firma Nordlift od lat inwestuje w Polsce. W 2022 r. uruchomiła w Świdnicy fabrykę podzespołów do wind, a w "
    "tym tygodniu spółka otrzymała decyzję o wsparciu od Wałbrzyskiej Specjalnej Strefy Ekonomicznej "
    "„INVEST-PARK” na budowę drugiej hali.",
    w(INV, ("Nordlift", "investor")),
    w(INV, ("Nordlift", "investor"), ("Wałbrzyska Specjalna Strefa Ekonomiczna INVEST-PARK", "host")),
)
# --- a rival's plant mentioned in passing ---
add(
    "rival_last_year",
    "Kobe Plast otrzymała decyzję o wsparciu od Pomorskiej Specjalnej Strefy Ekonomicznej i zbuduje w Tczewie "
    "zakład folii. Rok temu w Tczewie swoją fabrykę otworzyła konkurencyjna firma Plastmor.",
    w(INV, ("Kobe Plast", "investor"), ("Pomorska Specjalna Strefa Ekonomiczna", "host")),
    w(INV, ("Plastmor", "investor")),
)
add(
    "rival_apposition",
    "Decyzję o wsparciu z Katowickiej Specjalnej Strefy Ekonomicznej dostała spółka Ferrobat. Jej główny rywal, "
    "firma Ampero, zbudował w zeszłym roku zakład w Dzierżoniowie.",
    w(INV, ("Ferrobat", "investor"), ("Katowicka Specjalna Strefa Ekonomiczna", "host")),
    w(INV, ("Ampero", "investor")),
)
# --- an event inside a quote ---
add(
    "quote_signed_today",
    "– Podpisaliśmy dziś umowę z Politechniką Gdańską na wspólne badania nad magazynami energii – mówi Anna "
    "Kowalczyk, prezes spółki Baltvolt.",
    w(AGR, ("Baltvolt", "party"), ("Politechnika Gdańska", "party")),
)
add(
    "quote_decision_zone",
    "– To dla nas ważny dzień, decyzja o wsparciu pozwoli nam zatrudnić 80 osób – mówił Piotr Zając, prezes spółki "
    "Termex. Decyzję wydała Wałbrzyska Specjalna Strefa Ekonomiczna „INVEST-PARK”.",
    w(INV, ("Termex", "investor"), ("Wałbrzyska Specjalna Strefa Ekonomiczna INVEST-PARK", "host")),
)
add(
    "quote_we_opened",
    "– W marcu otworzyliśmy w Mielcu nową halę, a w przyszłym roku otworzymy drugą – powiedział Tomasz Lis, "
    "dyrektor zakładu firmy Aerokom.",
    w(INV, ("Aerokom", "investor")),
    w(INV, ("Aerokom", "investor"), status="planned"),
    only=False,
)
add(
    "quote_next_year_plant",
    "– W przyszłym roku otworzymy drugi zakład w Kaliszu – zapowiada Jan Wrona, prezes firmy Ekopal.",
    w(INV, ("Ekopal", "investor"), status="planned"),
)
# --- an event in a participle or gerund phrase ---
add(
    "after_signing",
    "Po podpisaniu umowy z Agencją Rozwoju Przemysłu spółka Metalkas otrzyma 12 mln zł pożyczki.",
    w(AGR, ("Metalkas", "party"), ("Agencja Rozwoju Przemysłu", "party")),
)
add(
    "gerund_signing",
    "Podpisując porozumienie z Uniwersytetem Łódzkim, spółka Lodzia Pharma zobowiązała się do finansowania "
    "stypendiów dla studentów chemii.",
    w(AGR, ("Lodzia Pharma", "party"), ("Uniwersytet Łódzki", "party")),
)
add(
    "participle_opened_hall",
    "Otwarta w marcu hala firmy Logtrans w Strykowie ma 20 tys. mkw. powierzchni.",
    w(INV, ("Logtrans", "investor")),
)
add(
    "participle_signed_agreement",
    "Podpisana w poniedziałek umowa między spółką Agrotech a Uniwersytetem Przyrodniczym w Poznaniu obejmuje "
    "wspólne badania nad nawozami.",
    w(AGR, ("Agrotech", "party"), ("Uniwersytet Przyrodniczy w Poznaniu", "party")),
)
# --- several events in one sentence ---
add(
    "two_in_one_agreement_membership",
    "W czwartek spółka Agromech podpisała umowę z Politechniką Poznańską, a także przystąpiła do Klastra Maszyn "
    "Rolniczych.",
    w(AGR, ("Agromech", "party"), ("Politechnika Poznańska", "party")),
    w(MEM, ("Agromech", "member"), ("Klaster Maszyn Rolniczych", "group")),
)
add(
    "two_decisions_one_sentence",
    "Katowicka Specjalna Strefa Ekonomiczna wydała decyzje o wsparciu dla spółek Alkor i Ferrum, które zbudują "
    "zakłady w Rybniku i Jaworznie.",
    w(INV, ("Alkor", "investor"), ("Katowicka Specjalna Strefa Ekonomiczna", "host")),
    w(INV, ("Ferrum", "investor"), ("Katowicka Specjalna Strefa Ekonomiczna", "host")),
)
add(
    "opened_and_signed",
    "Firma Heliotherm otworzyła we wtorek centrum badawcze w Opolu i podpisała umowę o współpracy z "
    "Politechniką Opolską.",
    w(INV, ("Heliotherm", "investor")),
    w(AGR, ("Heliotherm", "party"), ("Politechnika Opolska", "party")),
)
# --- a zone decision in the headline and the body ---
add(
    "headline_and_body",
    "Kartonex z decyzją o wsparciu w Mielcu\n\nSpecjalna Strefa Ekonomiczna Euro-Park Mielec wydała decyzję o "
    "wsparciu dla spółki Kartonex. Firma wybuduje w Mielcu zakład produkcji opakowań za 30 mln zł.",
    w(INV, ("Kartonex", "investor"), ("Specjalna Strefa Ekonomiczna Euro-Park Mielec", "host")),
)
add(
    "headline_name_body_pronoun",
    "Termaplast zbuduje zakład w Ełku\n\nSpółka otrzymała decyzję o wsparciu od Warmińsko-Mazurskiej Specjalnej "
    "Strefy Ekonomicznej. Projekt będzie kosztował 43 mln zł i da zatrudnienie 50 osobom.",
    w(INV, ("Termaplast", "investor"), ("Warmińsko-Mazurska Specjalna Strefa Ekonomiczna", "host")),
)
# --- a land purchase or a lease as an agreement ---
add(
    "land_sale_notary",
    "Firma Dachmar kupiła od Łódzkiej Specjalnej Strefy Ekonomicznej działkę o powierzchni 6 ha pod Zgierzem. "
    "Umowę sprzedaży strony zawarły u notariusza w piątek.",
    w(AGR, ("Dachmar", "party"), ("Łódzka Specjalna Strefa Ekonomiczna", "party")),
    only=False,
)
add(
    "lease_signed",
    "Firma kurierska Paxpress podpisała z deweloperem Westpark Development umowę najmu 15 tys. mkw. w parku "
    "logistycznym pod Wrocławiem.",
    w(AGR, ("Paxpress", "party"), ("Westpark Development", "party")),
)
add(
    "grant_agreement",
    "Spółka Sepatek podpisała z Ministerstwem Funduszy i Polityki Regionalnej umowę o udzielenie grantu na budowę fabryki "
    "separatorów w Gorzowie Wielkopolskim.",
    w(AGR, ("Sepatek", "party"), ("Ministerstwo Funduszy i Polityki Regionalnej", "party")),
    only=False,
)
# --- plans with a stated time ---
add(
    "production_starts_year",
    "Spółka Heliovolt buduje fabrykę kolektorów słonecznych w Kaliszu. Produkcja w nowym zakładzie ruszy w 2027 r.",
    w(INV, ("Heliovolt", "investor"), status=None),
    only=False,
)
add(
    "completion_in_zone",
    "Budowa centrum dystrybucyjnego firmy Frigomar w Tarnobrzeskiej Specjalnej Strefie Ekonomicznej w Stalowej "
    "Woli zakończy się jesienią 2027 roku.",
    w(
        INV,
        ("Frigomar", "investor"),
        ("Tarnobrzeska Specjalna Strefa Ekonomiczna", "host"),
        status="planned",
    ),
)
add(
    "fair_with_dates",
    "Spółka Dronix zaprezentuje swoje drony na targach Eurotech, które odbędą się w dniach 12–14 maja w "
    "Poznaniu.",
    w(CONF, ("Dronix", "participant"), status="planned"),
)
# --- a guard: a plan without a time, a wish ---
add("wish_no_time", "Spółka Frigomar rozważa budowę kolejnego magazynu w regionie.")
# --- portal noise beside the news ---
add(
    "read_also_link",
    "Spółka Baumax Logistics zaczęła we wtorek budowę magazynu w Malborku.\n\n"
    "Czytaj także: Ampero otwiera fabrykę baterii w Opolu\n\nInwestycja ma kosztować 90 mln zł.",
    w(INV, ("Baumax Logistics", "investor")),
)
add(
    "finished_building",
    "Pod koniec lutego spółka Kronmet zakończyła budowę nowej hali produkcyjnej w Starachowicach. Autor: Jan "
    "Nowak / 2026-03-10 09:15",
    w(INV, ("Kronmet", "investor")),
)
add(
    "joined_as_member",
    "Firma Dronetech została przyjęta w poczet członków Stowarzyszenia Dolina Lotnicza. Spółka od 2015 r. "
    "produkuje w Rzeszowie części do silników.",
    w(MEM, ("Dronetech", "member"), ("Stowarzyszenie Dolina Lotnicza", "group")),
    only=False,
)
add(
    "visit_last_year_background",
    "W ubiegłym roku delegacja spółki Hanwool odwiedziła Kielce, a teraz firma otwiera tam biuro handlowe.",
    w(VIS, ("Hanwool", "visitor"), ("Kielce", "host")),
    w(INV, ("Hanwool", "investor")),
)


def _events(p: Passage) -> list[tuple[str, str, set[tuple[str, str]]]]:
    rec = kooperacja.extract(p.text, doc_id="t", published=PUB)
    names = {e["id"]: [e["name"], *e.get("aliases", [])] for e in rec["entities"]}
    return [
        (
            e["type"],
            e.get("status") or "done",
            {(loose_key(n), pt["role"]) for pt in e["participants"] for n in names[pt["entity"]]},
        )
        for e in rec["events"]
    ]


def check(p: Passage) -> list[str]:
    got = _events(p)
    problems = []
    used: set[int] = set()
    for want in p.wants:
        keys = {(loose_key(n), r) for n, r in want.who}
        hit = next(
            (
                i
                for i, (t, s, ps) in enumerate(got)
                if i not in used and t == want.typ and want.status in (None, s) and keys <= ps
            ),
            None,
        )
        if hit is None:
            problems.append(f"missing {want.typ} {want.status} {sorted(want.who)}")
        else:
            used.add(hit)
    if p.only and Counter(t for t, _s, _p in got) != Counter(x.typ for x in p.wants):
        problems.append(f"events {sorted((t, s, sorted(ps)) for t, s, ps in got)}")
    return problems


FAILING: dict[str, str] = {
    "after_signing": "no agreement from 'po podpisaniu umowy z X' before a future verb; the case is ambiguous (the signing may be to come), so no rule was written for it",
    "bg_launched_in_year": "the 2022 plant and the new decision are one investment",
    "quote_we_opened": "one investment for the hall opened in March and the one to open next year",
}


def test_the_battery_is_large_and_varied() -> None:
    assert len(PASSAGES) >= 25
    assert len({p.text for p in PASSAGES}) == len(PASSAGES)


@pytest.mark.parametrize("p", passage_params(PASSAGES, FAILING))
def test_battery_passage(p: Passage) -> None:
    problems = check(p)
    assert not problems, f"{p.text}\n" + "\n".join(problems)


if __name__ == "__main__":
    print_passage_count(PASSAGES, check)


# --- the rules of this session (ev19, narrowed by fixev19 after review), each with its own sentences, a near miss,
# and the reviewer's counter-examples (reworded) ---

_FILLER = (
    "Rynek okien rośnie w całym regionie. Popyt napędzają nowe osiedla. Ceny surowców spadły w ostatnim kwartale. "
    "Eksperci spodziewają się dalszych wzrostów. "
)


def _typed(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    rec = kooperacja.extract(text, doc_id="t", published=PUB)
    names = {e["id"]: e["name"] for e in rec["entities"]}
    return sorted(
        (e["type"], sorted((names[p["entity"]], p["role"]) for p in e["participants"])) for e in rec["events"]
    )


def _names(text: str) -> set[str]:
    return {n for _t, ps in _typed(text) for n, _r in ps}


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # "prowadzić wspólne badania", "prowadzić wspólne prace badawcze / rozwojowe": a cooperation run
        # (extraction.md: "run without a signed document")
        (
            "Spółka Termik i Politechnika Łódzka prowadzą wspólne badania nad izolacjami.",
            [("cooperation", [("Politechnika Łódzka", "party"), ("Termik", "party")])],
        ),
        (
            "Politechnika Łódzka i spółka Termik od dwóch lat prowadzą wspólne prace badawcze w dziedzinie izolacji.",
            [("cooperation", [("Politechnika Łódzka", "party"), ("Termik", "party")])],
        ),
        # near misses: research or works of one party, a family business run together
        ("Spółka Termik prowadzi prace budowlane na terenie Politechniki Łódzkiej.", []),
        ("Jan Kos prowadzi wspólnie z żoną firmę Kosbud w Opolu.", []),
        # review: joint works of another kind (repairs, clean-up) are no cooperation of this field
        (
            "Zakład Gospodarki Komunalnej i Zarząd Zieleni Miejskiej prowadzą wspólne prace porządkowe w parku, "
            "które potrwają do końca kwietnia.",
            [],
        ),
    ],
)
def test_joint_research_is_cooperation(text: str, wanted: list[Any]) -> None:
    assert _typed(text) == wanted


def test_a_fronted_plant_takes_the_company_its_kind_noun_stands_for() -> None:
    # "Pierwszy zakład spółka otworzyła …": the plant first, then the kind noun (nominative) and its verb
    assert _typed("Firma Termik działa w Kutnie. Pierwszy zakład spółka otworzyła w 2011 r.") == [
        ("investment", [("Termik", "investor")])
    ]
    # near miss: a plant told about with no verb of its own and no kind noun acting gives no investor
    assert _typed("Spółka Termik produkuje okna w Kutnie. Zakład firmy zatrudnia 300 osób.") == []
    # near miss: the kind noun in the genitive is no subject ("zakład spółki otworzył burmistrz")
    assert "Termik" not in _names(
        "Spółka Termik produkuje okna. Pierwszy zakład spółki otworzył w 2005 r. wojewoda."
    )


def test_a_fronted_plant_takes_the_subject_before_not_its_clients() -> None:
    # review: the subject of the sentence before, not the last company it names (its clients)
    text = (
        "Spółka Oknotech z Nysy dostarcza drzwi do marketów sieci Obi i Castorama. Pierwszy zakład firma "
        "uruchomiła w Nysie w 2008 roku."
    )
    assert _typed(text) == [("investment", [("Oknotech", "investor")])]


def test_an_opening_kind_noun_keeps_the_short_reach() -> None:
    # review: the rule that let a sentence-opening kind noun look eight sentences back is gone; a new company
    # ("Spółka z branży …", "Firma z Kalisza, która …", "Inwestor") five sentences on is not the one named first
    head = "Koncern Papirus podał wyniki za 2025 rok. " + _FILLER
    assert "Papirus" not in _names(
        head + "Spółka z branży mleczarskiej z Kalisza zainwestuje 30 mln zł w nową linię."
    )
    assert "Papirus" not in _names(
        head + "Firma z Kalisza, która dotąd szyła obicia, zainwestuje 12 mln zł w nowy magazyn w Ostrowie."
    )
    zone = "W strefie w Oławie od lat działa firma Kablex. " + _FILLER
    assert "Kablex" not in _names(
        zone + "Inwestor nabył już pierwszą działkę i postawi na niej magazyn za 20 mln zł."
    )


@pytest.mark.parametrize(
    "text",
    [
        # review: "strefa" is no stand-in for the special economic zone named before (the row was removed)
        "Kostrzyńsko-Słubicka Specjalna Strefa Ekonomiczna podsumowała ubiegły rok. Firma Lubtrans z Gorzowa "
        "podpisała w kwietniu umowę o współpracy z hurtownią ze strefy euro.",
        "Spółka Tekmet ma zakład w Łódzkiej Specjalnej Strefie Ekonomicznej. W maju firma podpisała też "
        "porozumienie z zarządem strefy przemysłowej w Zgierzu.",
        "Słupska Specjalna Strefa Ekonomiczna ma nowe tereny. Firma Rybex podpisała w piątek z gminną strefą "
        "umowę dzierżawy 2 hektarów.",
    ],
)
def test_strefa_stands_for_no_zone_named_before(text: str) -> None:
    assert not any("Specjalna Strefa" in n for t, ps in _typed(text) if t == "agreement" for n, _r in ps)


def test_a_noun_after_an_earlier_verb_is_no_subject_of_the_plant_verb() -> None:
    # "W przyszłym roku wymieni maszyny i rozbuduje halę": 'maszyny' is the object of 'wymieni', so the subject of the
    # sentence before invests
    text = (
        "Firma Stolmar z Olecka dostała dotację z urzędu marszałkowskiego. Teraz wymieni maszyny i rozbuduje "
        "magazyn."
    )
    assert _typed(text) == [("investment", [("Stolmar", "investor")])]
    # near miss: a common noun before the verb is its own subject; the company named before does not act
    near = (
        "Firma Stolmar z Olecka dostała dotację z urzędu marszałkowskiego. Sąsiedni producent rozbuduje halę."
    )
    assert _typed(near) == []


def test_a_verb_in_an_aside_leaves_the_subject_after_it() -> None:
    # review: "Na terenie obok, który kupił fundusz, deweloper postawi halę": the verb of the relative clause between
    # commas is another clause's; the noun after the aside is the subject, the company named before does not act
    text = (
        "Spółka Tartex ma tartak w Łowiczu. Na sąsiednim terenie, który w zeszłym roku nabył fundusz emerytalny, "
        "deweloper postawi halę magazynową o powierzchni 15 tys. mkw."
    )
    assert "Tartex" not in _names(text)


@pytest.mark.parametrize(
    ("text", "other", "newcomer"),
    [
        # review: a body named long before is not what "do klastra" / "z uczelnią" stands for at any distance (the
        # rule was removed): here the cluster is another one, there the university another one
        (
            "Pomorski Klaster Morski zrzesza 70 firm. "
            + _FILLER
            + "W Hamburgu działa podobny klaster, który "
            "skupia 200 firm. W maju do klastra dołączyła hamburska firma Seewerk.",
            "Pomorski Klaster Morski",
            "Seewerk",
        ),
        (
            "Uniwersytet Gdański otworzył nowe laboratorium. " + _FILLER + "Firma Biomar z Gdyni podpisała w "
            "kwietniu umowę o współpracy z uczelnią z Olsztyna.",
            "Uniwersytet Gdański",
            "Biomar",
        ),
        (
            "Firma Solbud od 2021 roku należy do Klastra Energii Roztocze. "
            + _FILLER
            + "W czerwcu do klastra "
            "energii w powiecie zamojskim przystąpiła spółdzielnia Mlekovita.",
            "Klaster Energii Roztocze",
            "Mlekovita",
        ),
    ],
)
def test_a_kind_noun_stands_for_no_body_named_long_before(text: str, other: str, newcomer: str) -> None:
    assert not any({other, newcomer} <= {n for n, _r in ps} for _t, ps in _typed(text))


def test_a_signing_told_impersonally_is_signed_by_those_of_the_sentence_before() -> None:
    # "List intencyjny dotyczący szkoły podpisano w czwartek": the noun is the trigger, the impersonal verb names no
    # actor
    text = (
        "Miasto Rzeszów i Politechnika Rzeszowska chcą uruchomić szkołę letnią. List intencyjny dotyczący "
        "szkoły podpisano w czwartek w ratuszu."
    )
    assert _typed(text) == [
        ("letter_of_intent", [("Miasto Rzeszów", "party"), ("Politechnika Rzeszowska", "party")])
    ]
    # near miss: a verb of its own person names its actor (here one unnamed): the pair before signs nothing
    near = (
        "Miasto Rzeszów i Politechnika Rzeszowska chcą uruchomić szkołę letnią. Umowę dotyczącą szkoły podpisał "
        "w czwartek prezydent miasta."
    )
    assert _typed(near) == []


@pytest.mark.parametrize(
    "text",
    [
        # review: the ones the subject's words hang on ("do hoteli sieci A i B") sign nothing, nor does anyone
        # named before where the sentence names its own partner with a common noun ("z tamtejszą szkołą")
        "Spółka Meblomax wyposaża pokoje hoteli sieci Hilton i Marriott. List intencyjny o praktykach podpisano w "
        "piątek w Kaliszu z tamtejszą szkołą branżową.",
        "Spółka Meblomax wyposaża pokoje hoteli sieci Hilton i Marriott. List intencyjny o praktykach podpisano w "
        "piątek w Kaliszu.",
        "Miasto Rzeszów i Politechnika Rzeszowska chcą uruchomić szkołę letnią. List intencyjny dotyczący praktyk "
        "podpisano w czwartek z miejscowym technikum.",
    ],
)
def test_an_impersonal_signing_takes_only_the_subjects_before(text: str) -> None:
    assert not any(len(ps) >= 2 for t, ps in _typed(text) if t == "letter_of_intent")


def test_the_other_side_of_a_lease_is_no_investor() -> None:
    text = (
        "Deweloper Magazynex podpisał umowę najmu z firmą przewozową Transpak jeszcze przed rozpoczęciem budowy "
        "hali w Sochaczewie."
    )
    events = _typed(text)
    assert ("investment", [("Magazynex", "investor")]) in events
    assert ("agreement", [("Magazynex", "party"), ("Transpak", "party")]) in events
    # near miss: two companies that build together both invest
    near = _typed("Spółka Termik i firma Fenstar zbudują w Kutnie wspólną halę.")
    assert near == [("investment", [("Fenstar", "investor")]), ("investment", [("Termik", "investor")])]


def test_the_other_side_invests_in_a_relative_clause_on_it() -> None:
    # review: "umowę ze spółką Beta, która zbuduje tłocznię": the relative clause makes Beta the investor
    text = (
        "Holding Vinex podpisał umowę ze spółką zależną Rolsad, która zbuduje nową tłocznię soków w Grójcu za 60 "
        "mln zł."
    )
    assert ("Rolsad", "investor") in {x for t, ps in _typed(text) if t == "investment" for x in ps}


def test_the_other_side_of_a_signed_document_joins_nothing() -> None:
    # the battery's "two_in_one_agreement_membership" is the rule's own sentence; near miss: two firms that join
    text = "W czwartek spółki Agromech i Rolbud przystąpiły do Klastra Maszyn Rolniczych."
    assert _typed(text) == [
        ("membership", [("Agromech", "member"), ("Klaster Maszyn Rolniczych", "group")]),
        ("membership", [("Klaster Maszyn Rolniczych", "group"), ("Rolbud", "member")]),
    ]
    # review: "i razem przystąpiły": both sides of the agreement join
    both = (
        "Spółka Metrix zawarła umowę z firmą Tokarex i razem przystąpiły do Śląskiego Klastra Narzędziowego."
    )
    members = {n for t, ps in _typed(both) if t == "membership" for n, r in ps if r == "member"}
    assert members == {"Metrix", "Tokarex"}
