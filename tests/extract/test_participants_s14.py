"""Session 14 battery of event PARTICIPANTS, written blind (before the participant code and the audit of real
articles were read). Short passages in our own words on four constructions that gave wrong parties on real text:
the news's source (a press agency, a portal, the body that issued the release) or an organisation named only in an
aside standing as a party; a country adjective or "goście z <kraju>" describing a visiting delegation read as the
host or the place; a founding read from wording of intent (a letter of intent about setting a body up, "na mocy
umowy powstanie", "planują utworzyć"); roles in a bullet list of signatories. Besides: parties named in an earlier
sentence and parties listed after a colon. Companies and people are invented; towns, regions, zones, universities
and agencies are real names doing invented things.

Each passage names the events that must come out (type, status, participants with roles, by the scorer's loose
key), the names no participant of that event may have (`never`), the place it may not have (`not_place`), and where
`only` is set the multiset of event types is exact. Person roles are checked by `roles`.

Pass count on the old code (main 81aa4fc): 26 of 34 (OLD_COUNT; 21 of 31 as first committed, before the
visitor cases were brought in line with gold, where "delegacja z Chin" makes China the visitor, and three cases on
"list intencyjny o utworzeniu" were added). After this session's rules: 30 of 34; the FAILING set below.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

import pytest
from tests.extract.battery import loose_key, passage_params, print_passage_count

import kooperacja

OLD_COUNT = "26 of 34"  # main 81aa4fc

PUB = "2026-03-10"

INV, AGR, LOI, COOP, MEM, VIS, CONF, FOUND = (
    "investment",
    "agreement",
    "letter_of_intent",
    "cooperation",
    "membership",
    "visit",
    "conference",
    "founding",
)


@dataclass(frozen=True)
class Want:
    typ: str
    who: tuple[tuple[str, str], ...]
    never: tuple[str, ...] = ()
    not_place: tuple[str, ...] = ()
    status: str | None = "done"


@dataclass(frozen=True)
class Passage:
    key: str
    text: str
    wants: tuple[Want, ...] = ()
    only: bool = True
    roles: tuple[tuple[str, str, str], ...] = ()  # (person, title, organisation; "!X": no role in X) - the
    # scorer compares a role's organisation only
    no_types: tuple[str, ...] = ()


def w(
    typ: str,
    *who: tuple[str, str],
    never: tuple[str, ...] = (),
    not_place: tuple[str, ...] = (),
    status: str | None = "done",
) -> Want:
    return Want(typ, tuple(who), tuple(never), tuple(not_place), status)


PASSAGES: list[Passage] = []


def add(
    key: str,
    text: str,
    *wants: Want,
    only: bool = True,
    roles: tuple[tuple[str, str, str], ...] = (),
    no_types: tuple[str, ...] = (),
) -> None:
    assert key not in {p.key for p in PASSAGES}, key
    PASSAGES.append(Passage(key, text, tuple(wants), only, roles, no_types))


# --- 1. the source of the news, or an organisation in an aside, is no party ---
add(
    "src_press_agency",
    "Jak poinformowała Polska Agencja Prasowa, spółka Termolit podpisała umowę z Gminą Kobylnica na dostawę "
    "ciepła dla nowego osiedla.",
    w(AGR, ("Termolit", "party"), ("Gmina Kobylnica", "party"), never=("Polska Agencja Prasowa",)),
)
add(
    "src_release_issuer",
    "Firma Wexpol zbuduje centrum logistyczne w Strykowie i zatrudni 150 osób. Informację przekazało biuro "
    "prasowe Urzędu Marszałkowskiego Województwa Łódzkiego.",
    w(INV, ("Wexpol", "investor"), never=("Urząd Marszałkowski Województwa Łódzkiego",)),
    only=False,
)
add(
    "src_portal_learned",
    "Jak ustalił portal Rynek Infrastruktury, koncern Baltemar podpisał umowę z Gminą Kosakowo na budowę "
    "nowego nabrzeża.",
    w(
        AGR,
        ("Baltemar", "party"),
        ("Gmina Kosakowo", "party"),
        never=("Rynek Infrastruktury",),
    ),
)
add(
    "aside_listed_on_exchange",
    "Spółka Grenvik, notowana na Giełdzie Papierów Wartościowych w Warszawie, podpisała porozumienie o "
    "współpracy z Politechniką Śląską.",
    w(AGR, ("Grenvik", "party"), ("Politechnika Śląska", "party"), never=("Giełda Papierów Wartościowych",)),
)
add(
    "src_according_to_data",
    "Według danych Polskiej Agencji Inwestycji i Handlu firma Movetta otworzyła w Gliwicach centrum usług "
    "wspólnych, w którym pracuje już 300 osób.",
    w(INV, ("Movetta", "investor"), never=("Polska Agencja Inwestycji i Handlu",)),
    only=False,
)
add(
    "src_spokesman_quote",
    "Gmina Ostrzeszów i spółka Kalmet podpisały list intencyjny w sprawie budowy hali. – To dobra wiadomość dla "
    "całego regionu – skomentował rzecznik Kancelarii Prezesa Rady Ministrów.",
    w(LOI, ("Gmina Ostrzeszów", "party"), ("Kalmet", "party"), never=("Kancelaria Prezesa Rady Ministrów",)),
)
add(
    "aside_former_owner",
    "Zakład, który do 2019 r. należał do grupy Ferrovia, kupiła firma Stalmont. Nowy właściciel zainwestuje w "
    "Zawierciu 25 mln zł.",
    w(INV, ("Stalmont", "investor"), never=("Ferrovia",)),
    only=False,
)
add(
    "src_as_reported_by_office",
    "O podpisaniu umowy między miastem Rzeszów a firmą Avionix poinformował Urząd Miasta Rzeszowa w komunikacie "
    "prasowym.",
    w(AGR, ("Avionix", "party"), never=("Urząd Miasta Rzeszowa",)),
    only=False,
)

# --- 2. a country adjective of a visiting delegation is neither host nor place ---
add(
    "vis_chinese_delegation",
    "Delegacja chińska odwiedziła wczoraj Łódzką Specjalną Strefę Ekonomiczną.",
    w(VIS, ("Łódzka Specjalna Strefa Ekonomiczna", "host"), never=("Chiny@host",), not_place=("Chiny",)),
    only=False,
)
add(
    "vis_german_entrepreneurs",
    "Niemieccy przedsiębiorcy odwiedzili w poniedziałek Kielce, gdzie spotkali się z władzami miasta.",
    w(VIS, never=("Niemcy@host",), not_place=("Niemcy",)),
    only=False,
)
add(
    "vis_guests_from_japan",
    "Goście z Japonii zwiedzili zakład firmy Polmetal w Mielcu.",
    w(VIS, ("Polmetal", "host"), never=("Japonia@host",), not_place=("Japonia",)),
    only=False,
)
add(
    "vis_delegation_from_korea",
    "Do Rzeszowa przyjechała w piątek delegacja z Korei Południowej. Goście spotkali się z przedstawicielami "
    "Podkarpackiego Centrum Innowacji.",
    w(
        VIS,
        ("Podkarpackie Centrum Innowacji", "host"),
        never=("Korea Południowa@host",),
        not_place=("Korea Południowa",),
    ),
    only=False,
)
add(
    "vis_italian_businessmen_office",
    "Włoscy biznesmeni gościli w Urzędzie Marszałkowskim Województwa Lubelskiego.",
    w(
        VIS,
        ("Urząd Marszałkowski Województwa Lubelskiego", "host"),
        never=("Włochy@host",),
        not_place=("Włochy",),
    ),
    only=False,
)
add(
    "vis_guard_trip_abroad",
    "Delegacja Urzędu Miasta Poznania odwiedziła w maju Niemcy.",
    w(VIS, ("Urząd Miasta Poznania", "visitor")),
    only=False,
)

# --- 3. intent wording is no founding done ---
add(
    "intent_loi_about_cluster",
    "Firma Hydrex i Politechnika Lubelska podpisały list intencyjny w sprawie utworzenia Lubelskiego Klastra "
    "Wodorowego.",
    w(LOI, ("Politechnika Lubelska", "party"), ("Hydrex", "party")),
    no_types=(FOUND,),
    only=False,
)
add(
    "intent_loi_o_founding",
    "Burmistrzowie trzech miast podpisali w Kaliszu list intencyjny o powołaniu klastra Dolina Kaloryczna. "
    "Wcześniej podobny list podpisały Gmina Koźminek i firma Termavit.",
    no_types=(FOUND,),
    only=False,
)
add(
    "intent_loi_o_founding_parties",
    "Gmina Opatówek i spółka Biowat podpisały list intencyjny o utworzeniu Kaliskiego Klastra Energii.",
    w(LOI, ("Gmina Opatówek", "party"), ("Biowat", "party")),
)
add(
    "intent_guard_agreement_o_founding",
    "Gmina Opatówek i spółka Biowat podpisały umowę o utworzeniu Kaliskiego Klastra Energii.",
    w(AGR, ("Gmina Opatówek", "party"), ("Biowat", "party")),
    w(FOUND, ("Kaliski Klaster Energii", "founded")),
)
add(
    "intent_under_agreement_will_arise",
    "Gmina Wadowice i firma Biotest podpisały umowę, na mocy której powstanie Centrum Badań Żywności.",
    w(AGR, ("Gmina Wadowice", "party"), ("Biotest", "party")),
    no_types=(FOUND,),
    only=False,
)
add(
    "intent_plan_to_set_up",
    "Samorząd powiatu i spółka Enerkom planują utworzyć klaster energii.",
    no_types=(FOUND,),
    only=False,
)
add(
    "intent_want_to_appoint",
    "Uniwersytet Rzeszowski i firma Medison zamierzają powołać wspólną spółkę celową.",
    no_types=(FOUND,),
    only=False,
)
add(
    "intent_guard_founded",
    "W Tarnowie powstał Małopolski Klaster Chemiczny. Założyły go firma Azotar i Politechnika Krakowska.",
    w(FOUND, ("Azotar", "founder"), ("Politechnika Krakowska", "founder")),
    only=False,
)
add(
    "intent_guard_loi_then_founded",
    "Gmina Nowa Dęba i firma Metalix podpisały umowę o utworzeniu spółki Dęba Energia, którą zarejestrowano w "
    "tym samym tygodniu.",
    w(AGR, ("Gmina Nowa Dęba", "party"), ("Metalix", "party")),
    only=False,
)

# --- 4. roles in a bullet list of signatories ---
add(
    "bullets_signatories",
    "Porozumienie podpisali:\n• Jan Nowak – prezes spółki Ferrox,\n• Anna Kowalska – burmistrz Gminy Wolsztyn.",
    roles=(("Jan Nowak", "prezes", "Ferrox"), ("Anna Kowalska", "burmistrz", "Gmina Wolsztyn")),
    only=False,
)
add(
    "bullets_dash_lines",
    "Umowę podpisali:\n- Piotr Zieliński – dyrektor Wydziału Inwestycji Urzędu Miasta Płocka,\n- Marek Wiśniewski "
    "– prezes zarządu firmy Hydrotech.",
    roles=(("Marek Wiśniewski", "prezes zarządu", "Hydrotech"),),
    only=False,
)
add(
    "bullets_three_lines",
    "W spotkaniu udział wzięli:\n• Tomasz Lis – wiceprezes Krajowej Izby Gospodarczej\n• Ewa Mazur – rektor "
    "Uniwersytetu Opolskiego\n• Adam Król – prezes spółki Optimo",
    roles=(("Ewa Mazur", "rektor", "Uniwersytet Opolski"), ("Adam Król", "prezes", "Optimo")),
    only=False,
)

add(
    "bullets_role_without_org",
    "List intencyjny podpisali:\n• Jerzy Kos – wójt\n• Halina Wrona – skarbnik gminy\nOraz ze strony inwestora:\n"
    "• Adam Nowicki – prezes zarządu spółki Termex",
    roles=(
        ("Jerzy Kos", "wójt", "!Termex"),
        ("Halina Wrona", "skarbnik", "!Termex"),
        ("Adam Nowicki", "prezes zarządu", "Termex"),
    ),
    only=False,
)
add(
    "bullets_next_line_body",
    "Dokument podpisali:\n• Roman Gil – przewodniczący rady nadzorczej\n• Politechnika Gdańska – reprezentowana "
    "przez prorektora Marka Sowę",
    roles=(("Roman Gil", "przewodniczący rady nadzorczej", "!Politechnika Gdańska"),),
    only=False,
)

# --- 5. parties in an earlier sentence, parties listed after a colon ---
add(
    "colon_three_parties",
    "Porozumienie o współpracy podpisały trzy podmioty: Gmina Opole, Politechnika Opolska i spółka Ekoterm.",
    w(AGR, ("Gmina Opole", "party"), ("Politechnika Opolska", "party"), ("Ekoterm", "party")),
)
add(
    "colon_members_joined",
    "Do Śląskiego Klastra Lotniczego przystąpiły nowe firmy: Avimet, Skytron i Heliplast.",
    w(
        MEM,
        ("Avimet", "member"),
        ("Skytron", "member"),
        ("Heliplast", "member"),
        ("Śląski Klaster Lotniczy", "group"),
    ),
    only=False,
)
add(
    "earlier_sentence_investor",
    "Firma Nordwind Polska otrzymała decyzję o wsparciu od Pomorskiej Specjalnej Strefy Ekonomicznej. Spółka "
    "zbuduje w Tczewie zakład produkcji łopat turbin i zainwestuje 120 mln zł.",
    w(INV, ("Nordwind Polska", "investor"), never=("Tczew",)),
    only=False,
)
add(
    "earlier_sentence_signers",
    "Przedstawiciele Politechniki Rzeszowskiej i firmy Avelo spotkali się w poniedziałek w Rzeszowie. Strony "
    "podpisały umowę o współpracy badawczej.",
    w(AGR, ("Politechnika Rzeszowska", "party"), ("Avelo", "party")),
    only=False,
)
add(
    "colon_investors_list",
    "Decyzje o wsparciu otrzymały dwie firmy: Polwax Logistic i Mebelux.",
    w(INV, ("Polwax Logistic", "investor")),
    w(INV, ("Mebelux", "investor")),
    only=False,
)
add(
    "signed_with_and_source",
    "Wczoraj w Katowicach spółka Silmetal podpisała umowę z Katowicką Specjalną Strefą Ekonomiczną – podał "
    "serwis Biznes Śląsk.",
    w(
        AGR,
        ("Silmetal", "party"),
        ("Katowicka Specjalna Strefa Ekonomiczna", "party"),
        never=("Biznes Śląsk",),
    ),
)


def _events(p: Passage) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    rec = kooperacja.extract(p.text, doc_id="t", published=PUB)
    return rec["events"], {e["id"]: e for e in rec["entities"]}


def check(p: Passage) -> list[str]:
    events, ents = _events(p)

    def name(i: str | None) -> str:
        return ents[i]["name"] if i in ents else ""

    got = [
        (
            e["type"],
            e.get("status", "done"),
            {(loose_key(name(x["entity"])), x["role"]) for x in e["participants"]},
            loose_key(name(e.get("place"))),
        )
        for e in events
    ]
    problems = []
    used: set[int] = set()
    for want in p.wants:
        keys = {(loose_key(n), r) for n, r in want.who}
        hit = next(
            (
                i
                for i, (t, s, ps, _pl) in enumerate(got)
                if i not in used and t == want.typ and want.status in (None, s) and keys <= ps
            ),
            None,
        )
        if hit is None:
            problems.append(f"missing {want.typ} {want.status} {sorted(want.who)}")
            continue
        used.add(hit)
        _t, _s, ps, place = got[hit]
        # "Name" may have no role in the event, "Name@role" not that role
        bad = {(loose_key(n.split("@")[0]), n.split("@")[1] if "@" in n else None) for n in want.never}
        problems += [f"{want.typ}: {n!r} as {r}" for n, r in sorted(ps) if (n, None) in bad or (n, r) in bad]
        if place and place in {loose_key(n) for n in want.not_place}:
            problems.append(f"{want.typ}: place {place!r}")
    if p.only and Counter(t for t, *_ in got) != Counter(x.typ for x in p.wants):
        problems.append(f"events {sorted((t, s, sorted(ps)) for t, s, ps, _ in got)}")
    problems += [f"a {t} event" for t, *_ in got if t in p.no_types]
    persons = {loose_key(e["name"]): e for e in ents.values() if e["type"] == "person"}
    for person, title, org in p.roles:
        e = persons.get(loose_key(person))
        if e is None:
            problems.append(f"no person {person!r}")
            continue
        orgs = {loose_key(name(r.get("organization"))) for r in e.get("roles", [])}
        if org.startswith("!"):
            if loose_key(org[1:]) in orgs:
                problems.append(f"{person}: a role in {org[1:]!r} ({title})")
        elif loose_key(org) not in orgs:
            problems.append(f"{person}: roles in {sorted(orgs)}, not in {org!r} ({title})")
    return problems


FAILING: dict[str, str] = {
    "aside_former_owner": "no investment from 'nowy właściciel zainwestuje' after a purchase",
    "colon_members_joined": "no membership from 'do klastra przystąpiły firmy: A, B i C'",
    "intent_guard_founded": "no founding from 'powstał klaster. Założyły go A i B'",
    "src_as_reported_by_office": "the office that reported the signing is a party",
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


# --- the rules of this session, each with sentences of its own and near misses ---


def _parts(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    rec = kooperacja.extract(text, doc_id="t", published=PUB)
    names = {e["id"]: e["name"] for e in rec["entities"]}
    return sorted(
        (e["type"], sorted((names[p["entity"]], p["role"]) for p in e["participants"])) for e in rec["events"]
    )


@pytest.mark.parametrize(
    "text",
    [
        "Koncern Baltemar podpisał umowę z Gminą Kosakowo na budowę nabrzeża – podał serwis Rynek Portowy.",
        "Jak poinformowała Polska Agencja Prasowa, spółka Ravento podpisała umowę z Gminą Kosakowo.",
        "Według dziennika Gazeta Pomorska spółka Ravento podpisała umowę z Gminą Kosakowo.",
        "Spółka Ravento podpisała umowę z Gminą Kosakowo, podaje Pomorze News.",
    ],
)
def test_a_medium_that_reports_the_news_is_no_party(text: str) -> None:
    (typ, parts), *rest = _parts(text)
    assert not rest and typ == AGR
    assert {loose_key(n) for n, _r in parts} == {loose_key("Ravento"), loose_key("Gmina Kosakowo")} or {
        loose_key(n) for n, _r in parts
    } == {loose_key("Baltemar"), loose_key("Gmina Kosakowo")}


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # a medium that signs is a party
        (
            "Gmina Kobylnica podpisała umowę z portalem Biznes Pomorze o promocji terenów inwestycyjnych.",
            "Biznes Pomorze",
        ),
        # a firm that announces its own deal is no medium
        ("Jak poinformowała spółka Baltemar, firma podpisała umowę z Gminą Kobylnica.", "Baltemar"),
    ],
)
def test_guard_a_medium_that_signs_and_a_firm_that_announces_stay(text: str, party: str) -> None:
    assert loose_key(party) in {loose_key(n) for _t, ps in _parts(text) for n, _r in ps}


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # a medium as the subject of the clause it reports announces its own deal: a party (review of s14)
        (
            "TVN poinformował, że podpisał umowę z Polskim Związkiem Piłki Nożnej na transmisje meczów "
            "reprezentacji.",
            "TVN",
        ),
        (
            "Grupa Polsat Plus podała, że podpisała umowę z gminą Zgierz na budowę farmy fotowoltaicznej o mocy "
            "50 MW.",
            "Grupa Polsat Plus",
        ),
        (
            "Gmina Zgierz i Grupa Polsat Plus poinformowały, że podpisały umowę na budowę farmy fotowoltaicznej.",
            "Grupa Polsat Plus",
        ),
        (
            "Spółka Gamma Media Group poinformowała, że otworzy biuro w Krakowie i zatrudni 200 programistów.",
            "Gamma Media Group",
        ),
    ],
)
def test_guard_a_medium_that_announces_its_own_deal_stays(text: str, party: str) -> None:
    assert loose_key(party) in {loose_key(n) for _t, ps in _parts(text) for n, _r in ps}


def test_a_medium_closing_the_sentence_is_no_party() -> None:
    got = _parts("Spółka Termonet zbuduje w Ełku ciepłownię, podaje Ełk News.")
    assert got == [(INV, [("Termonet", "investor")])]


def test_a_letter_of_intent_about_founding_founds_nothing() -> None:
    got = _parts("Gmina Borowo i firma Alfatex podpisały list intencyjny o powołaniu Klastra Energii Borowo.")
    assert [t for t, _ in got] == [LOI]
    got = _parts(
        "Starostwo i spółka Kalmex podpisały porozumienie intencyjne o utworzeniu inkubatora Kalmex Lab."
    )
    assert FOUND not in [t for t, _ in got]


def test_guard_an_agreement_about_founding_founds() -> None:
    got = _parts("Gmina Borowo i firma Alfatex podpisały umowę o powołaniu Klastra Energii Borowo.")
    assert sorted(t for t, _ in got) == [AGR, FOUND]


@pytest.mark.parametrize(
    ("text", "visitor"),
    [
        (
            "Burmistrz Lisowa przyjmował we wtorek gości pod przewodnictwem prezesa Izby Rzemiosła Saksonii.",
            "Izba Rzemiosła Saksonii",
        ),
        (
            "Wójt gminy podejmował w środę misję gospodarczą pod przewodnictwem dyrektora Agencji Rozwoju "
            "Regionu Alzacja.",
            "Agencja Rozwoju Regionu Alzacja",
        ),
        # the group's phrase before "pod": its noun and the sender's name
        (
            "Wicemarszałek Anna Lis przyjęła we wtorek delegację regionu Alzacja pod przewodnictwem prezesa Izby "
            "Rzemiosła Alzacji.",
            "Izba Rzemiosła Alzacji",
        ),
        (
            "Starosta gościł delegację pod przewodnictwem prezesa Izby Gospodarczej Wołynia.",
            "Izba Gospodarcza Wołynia",
        ),
        (
            "Burmistrz Jan Sroka przyjął w ratuszu delegację pod kierownictwem zastępcy przewodniczącego miejskiego "
            "komitetu Narodowej Rady Rozwoju Wietnamu.",
            "Narodowa Rada Rozwoju Wietnamu",
        ),
    ],
)
def test_the_body_of_a_delegation_leader_goes_with_it(text: str, visitor: str) -> None:
    rec = kooperacja.extract(text, doc_id="t", published=PUB)
    names = {e["id"]: e["name"] for e in rec["entities"]}
    (visit,) = rec["events"]
    roles = {(loose_key(names[p["entity"]]), p["role"]) for p in visit["participants"]}
    assert (loose_key(visitor), "visitor") in roles and (loose_key(visitor), "host") not in roles
    assert visit.get("place") is None or loose_key(names[visit["place"]]) != loose_key(visitor)


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "Delegację pod przewodnictwem ambasadora podejmował w poniedziałek Urząd Miasta Torunia.",
            "Urząd Miasta Torunia",
        ),
        # the host's own board, team or meeting led by its head stays the host (review of s14)
        (
            "W Opolu przebywała delegacja z Bawarii. Gości przyjął zarząd pod przewodnictwem Marszałka "
            "Województwa Opolskiego Andrzeja Buły.",
            "Województwo Opolskie",
        ),
        (
            "Delegację z Bawarii przyjął w ratuszu zespół pod przewodnictwem Prezydenta Miasta Kielce.",
            "Miasto Kielce",
        ),
        (
            "Przedsiębiorców z Wietnamu gościła w czwartek komisja pod przewodnictwem Starosty Powiatu Nyskiego.",
            "Powiat Nyski",
        ),
        (
            "Wizyta gości z Japonii w Lublinie rozpoczęła się od spotkania w ratuszu pod przewodnictwem Prezydenta "
            "Miasta Lublin.",
            "Miasto Lublin",
        ),
    ],
)
def test_guard_a_host_after_the_hosting_verb_stays(text: str, host: str) -> None:
    rec = kooperacja.extract(text, doc_id="t", published=PUB)
    names = {e["id"]: e["name"] for e in rec["entities"]}
    roles = {(loose_key(names[p["entity"]]), p["role"]) for e in rec["events"] for p in e["participants"]}
    assert (loose_key(host), "host") in roles and (loose_key(host), "visitor") not in roles


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Klaster Aero Valley, działający w ramach Podkarpackiego Parku Naukowo-Technologicznego, rozpoczął "
            "współpracę z firmą Vetrox.",
            {"Klaster Aero Valley", "Vetrox"},
        ),
        (
            "Klaster Energii Borowo działający przy Politechnice Łódzkiej podpisał umowę z firmą Alfatex.",
            {"Klaster Energii Borowo", "Alfatex"},
        ),
        (
            "Inkubator Startlab, działający przy Politechnice Opolskiej, podpisał umowę z firmą Vetrox.",
            {"Inkubator Startlab", "Vetrox"},
        ),
    ],
)
def test_the_body_another_works_within_is_no_party(text: str, parties: set[str]) -> None:
    got = _parts(text)
    assert len(got) == 1
    assert {loose_key(n) for n, _r in got[0][1]} == {loose_key(p) for p in parties}


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # the one that works within has no name: the body it works within stays the party (review of s14)
        (
            "Przedsiębiorcy działający w ramach Klastra Obróbki Metali podpisali porozumienie o współpracy z "
            "Politechniką Rzeszowską.",
            {"Klaster Obróbki Metali", "Politechnika Rzeszowska"},
        ),
        (
            "Inkubator przedsiębiorczości funkcjonujący przy Urzędzie Miasta Lublin podpisał umowę z Uniwersytetem "
            "Marii Curie-Skłodowskiej.",
            {"Urząd Miasta Lublin", "Uniwersytet Marii Curie-Skłodowskiej"},
        ),
    ],
)
def test_guard_the_body_an_unnamed_one_works_within_stays(text: str, parties: set[str]) -> None:
    assert {loose_key(n) for _t, ps in _parts(text) for n, _r in ps} >= {loose_key(p) for p in parties}


def test_guard_a_party_that_acts_with_support_stays() -> None:
    got = _parts("Politechnika Łódzka działa przy wsparciu firmy Alfatex i podpisała z nią umowę.")
    assert {loose_key(n) for _t, ps in got for n, _r in ps} >= {loose_key("Politechnika Łódzka")}


@pytest.mark.parametrize(
    "text",
    [
        "W czwartek odbyła się wizyta studyjna wojewody na terenie budowy koncernu Kortex w Płocku.",
        "Delegacja z Saksonii gościła na terenie zakładu firmy Nordtech w Kutnie.",
    ],
)
def test_the_firm_on_whose_site_a_visit_is_hosts_it(text: str) -> None:
    roles = {(loose_key(n), r) for _t, ps in _parts(text) for n, r in ps}
    firm = "Kortex" if "Kortex" in text else "Nordtech"
    assert (loose_key(firm), "host") in roles and (loose_key(firm), "visitor") not in roles


def test_guard_a_letter_to_be_signed_under_its_relative_clause_is_no_event() -> None:
    # the signing still to come, told by the letter's own relative clause (modality._signed_later), stays no event;
    # "podpisały umowę, na mocy której powstanie …" (battery: intent_under_agreement_will_arise) is a signing done
    assert (
        _parts(
            "Radni dostali już projekt porozumienia, pod którym jesienią podpiszą się starostowie Gródka i Lasowic."
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        # the organisation money goes into, which then builds, invests (review of s14: no rule against it)
        (
            "Grupa Omega zainwestuje 50 mln zł w Port Gdańsk Logistyka, który rozbuduje terminal kontenerowy.",
            "Port Gdańsk Logistyka",
        ),
        (
            "Państwowy Fundusz Rozwoju zainwestował w Polską Grupę Baterii, która zbuduje gigafabrykę w Jaworznie.",
            "Polska Grupa Baterii",
        ),
        (
            "Samorząd województwa zainwestuje 50 mln zł w Port Lotniczy Lublin, który rozbuduje terminal pasażerski.",
            "Port Lotniczy Lublin",
        ),
    ],
)
def test_guard_what_money_goes_into_may_invest(text: str, investor: str) -> None:
    assert (loose_key(investor), "investor") in {
        (loose_key(n), r) for t, ps in _parts(text) if t == INV for n, r in ps
    }


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("Grupa Alfa zainwestuje 50 mln zł w Strefę Ekonomiczną Borowo.", "Strefa Ekonomiczna Borowo"),
        ("Grupa Alfa zainwestuje 50 mln zł w Gminę Borowo.", "Gmina Borowo"),
    ],
)
def test_guard_a_zone_or_a_town_money_goes_into_hosts(text: str, host: str) -> None:
    roles = {(loose_key(n), r) for _t, ps in _parts(text) for n, r in ps}
    assert (loose_key(host), "host") in roles


def test_a_plant_that_arises_under_its_own_name_is_no_investor() -> None:
    got = _parts("Do końca 2027 r. w Sieradzu powstanie Fabryka Okien Lumen, nowy zakład grupy Dravex.")
    assert [(t, ps) for t, ps in got if t == INV] == [(INV, [("Dravex", "investor")])]


def test_a_plant_with_a_hyphenated_name_before_its_verb_of_arising_is_no_investor() -> None:
    # mend14: the test of "nothing but words between" read the name's own tokens, so a "-" in it kept the plant
    got = _parts("Fabryka Mebli Wel-Pol powstanie w Opocznie do końca roku jako nowy zakład spółki Drewmax.")
    assert [(t, ps) for t, ps in got if t == INV] == [(INV, [("Drewmax", "investor")])]


def test_guard_a_hyphenated_plant_whose_verb_of_arising_is_in_its_relative_clause_invests() -> None:
    got = _parts("Fabryka Mebli Wel-Pol, która powstała w 1990 r., zbuduje nową halę w Opocznie.")
    assert (INV, [("Fabryka Mebli Wel-Pol", "investor")]) in got


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        ("Zakłady Mięsne Borowo zbudują nową chłodnię w Kutnie.", "Zakłady Mięsne Borowo"),
        ("W Kutnie powstała nowa hala Zakładów Mięsnych Borowo.", "Zakłady Mięsne Borowo"),
        # the firm's own history in another clause, and a co-investor (review of s14)
        (
            "Zakłady Mięsne Beta powstały w 1992 r., a teraz wspólnie ze spółką Gamma Invest zbudują chłodnię w "
            "Koninie za 60 mln zł.",
            "Zakłady Mięsne Beta",
        ),
        (
            "Zakład Mleczarski Kresy powstał w 1995 r. i teraz zbuduje nową halę w Łęcznej.",
            "Zakład Mleczarski Kresy",
        ),
    ],
)
def test_guard_a_company_named_zaklady_still_invests(text: str, investor: str) -> None:
    assert (INV, [(investor, "investor")]) in [
        (t, [p for p in ps if p[1] == "investor"]) for t, ps in _parts(text)
    ]
