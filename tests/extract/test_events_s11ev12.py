"""Session 11 event battery, second wave (ev12), written blind: before the event code and the errors of own4 were
read. Passages in genres earlier batteries lacked: stock-exchange current reports, agency briefs, press releases of
zones, ministries and agencies, municipal news of a public-information bulletin, university–industry news,
newsletters of numbered items, radio and television transcripts with speaker tags, and posts in the manner of a
professional network. Companies, clusters and people are invented; towns and regions are real places.

Checks as in the s11 battery (`events`, `count`, `none`, `roles`).

Pass count on the old code (s11-int 8cfe3ae): 20 of 25 (OLD_COUNT); after this session's rules 23 of 25 (22 on
s11-int d9dd2a5); after the review's fixes (fixev12: rules 2, 3, 6, 7, 8 and 11 removed, 1 and 4 narrowed) 21 of 25
(the FAILING set). The review also found test and comment wording that followed own4-g passages: rewritten with
invented names and wording.
"""

from __future__ import annotations

import pytest
from tests.extract.battery import battery_tests, print_pass_count
from tests.extract.test_event_battery_s8ev import ev
from tests.extract.test_events_s11ev import check_roles, rc

import kooperacja

OLD_COUNT = "20 of 25"  # s11-int 8cfe3ae (expectations of four cases revised, still blind, before any rule)

INV = "investment"
A = "agreement"
L = "letter_of_intent"
M = "membership"
V = "visit"
C = "conference"
CO = "cooperation"
AW = "award"
F = "founding"

CASES = {
    # --- stock-exchange current reports ----------------------------------------------------------------------------
    "rb_issuer_support_decision": rc(
        "Komunikat ESPI 21/2025\n\nSpółka Grafilon S.A. z Opola (dalej: \u201eInwestor\u201d) podaje do wiadomości, "
        "że 17 lutego 2025 r. Inwestor uzyskał od Katowickiej Specjalnej Strefy Ekonomicznej zgodę na budowę "
        "drugiej linii produkcyjnej w Kędzierzynie-Koźlu.",
        ev(INV, "Grafilon"),
        roles=[(INV, "Grafilon", "investor")],
        count=1,
    ),
    "rb_issuer_signed_agreement": rc(
        "Raport bieżący nr 7/2024\n\nZarząd spółki Belmarco S.A. informuje, że w dniu dzisiejszym Emitent zawarł "
        "z Politechniką Gdańską umowę o współpracy w zakresie badań nad magazynami energii.",
        ev(A, "Belmarco", "Politechnika Gdańska"),
        count=1,
    ),
    "rb_letter_with_partner": rc(
        "Zarząd Kompex S.A. informuje o podpisaniu w dniu 3 czerwca 2024 r. listu intencyjnego ze spółką Hydrosol "
        "Sp. z o.o. dotyczącego wspólnej budowy instalacji wodorowej.",
        ev(L, "Kompex", "Hydrosol"),
        none=(INV,),
    ),
    # --- agency briefs -----------------------------------------------------------------------------------------------
    "brief_two_events_one_sentence": rc(
        "Warszawa (PAP) - Spółka Ravento podpisała umowę z Gminą Wołomin i otworzyła nowe centrum logistyczne "
        "w Radzyminie - poinformowała firma w komunikacie.",
        ev(A, "Ravento", "Gmina Wołomin"),
        ev(INV, "Ravento"),
    ),
    "brief_investment_announced_by_ministry": rc(
        "Koreański producent baterii Sungjin zainwestuje 900 mln zł w zakład w Dąbrowie Górniczej - poinformowało "
        "w czwartek Ministerstwo Rozwoju i Technologii.",
        ev(INV, "Sungjin"),
        count=1,
    ),
    # --- press releases of zones, ministries and agencies ------------------------------------------------------------
    "zone_release_grantor_not_recipient": rc(
        "Kostrzyńsko-Słubicka Specjalna Strefa Ekonomiczna wydała decyzję o wsparciu firmie Lumatec, która "
        "rozbuduje zakład w Gorzowie Wielkopolskim.",
        ev(INV, "Lumatec"),
        roles=[(INV, "Lumatec", "investor")],
        count=1,
    ),
    "agency_award_grantor": rc(
        "Polska Agencja Inwestycji i Handlu przyznała firmie Softrix nagrodę Eksportera Roku.",
        ev(AW, "Softrix"),
        roles=[(AW, "Softrix", "recipient"), (AW, "Polska Agencja Inwestycji i Handlu", "grantor")],
    ),
    "ministry_release_agreement": rc(
        "Minister rozwoju podpisał w Berlinie memorandum o współpracy gospodarczej z Ministerstwem Gospodarki "
        "Saksonii. W imieniu Ministerstwa Rozwoju i Technologii dokument podpisał wiceminister Jan Kowalczyk.",
        ev(A, "Ministerstwo Rozwoju i Technologii"),
    ),
    "fair_with_confirmed_exhibitors": rc(
        "W dniach 10–12 września w Kielcach odbędą się targi przemysłu obronnego. Udział potwierdziły już firmy "
        "Armatech i Balistix.",
        ev(C, "Armatech", "Balistix", status="planned"),
        roles=[(C, "Armatech", "participant")],
    ),
    # --- municipal bulletin news --------------------------------------------------------------------------------------
    "bip_city_signed_with_company": rc(
        "Aktualności\n\nPrezydent Miasta Tarnowa podpisał umowę z firmą Ekopark na budowę centrum recyklingu. "
        "Inwestycja powstanie na terenie dawnej cukrowni.",
        ev(A, "Ekopark"),
    ),
    "bip_delegation_from_partner_city": rc(
        "W dniach 4–6 maja Nowy Sącz gościł delegację z partnerskiego miasta Prešov. Goście spotkali się "
        "z przedsiębiorcami i zwiedzili strefę przemysłową.",
        ev(V, "Prešov"),
    ),
    "bip_investor_bought_plot": rc(
        "Gmina Żary sprzedała działkę inwestycyjną o powierzchni 4 ha firmie Metalplast, która wybuduje na niej "
        "zakład produkcyjny.",
        ev(INV, "Metalplast"),
    ),
    # --- university–industry news ------------------------------------------------------------------------------------
    "uni_opened_lab_with_company": rc(
        "Na Wydziale Mechanicznym Politechniki Wrocławskiej otwarto laboratorium robotyki ufundowane przez firmę "
        "Robomax.",
        ev(INV, "Robomax"),
    ),
    "uni_started_cooperation": rc(
        "Uniwersytet Łódzki i firma Farmedic rozpoczęły współpracę przy badaniach nad nowymi lekami.",
        ev(CO, "Uniwersytet Łódzki", "Farmedic"),
    ),
    "uni_agreement_and_conference": rc(
        "Podczas Forum Nauki i Biznesu w Lublinie Uniwersytet Przyrodniczy podpisał porozumienie z Grupą "
        "Agroplon.",
        ev(A, "Grupa Agroplon"),
        ev(C),
    ),
    # --- newsletters with numbered items ------------------------------------------------------------------------------
    "newsletter_numbered_items": rc(
        "Newsletter Klastra Medycznego, nr 3/2024\n\n1. Firma Biovet dołączyła do naszego klastra.\n2. Spółka "
        "Genmark otworzyła nowe laboratorium w Bydgoszczy.\n3. Zapraszamy na konferencję 12 czerwca w Toruniu.",
        ev(M, "Biovet"),
        ev(INV, "Genmark"),
    ),
    "newsletter_bullet_award": rc(
        "Z życia klastra:\n- Firma Ecowat otrzymała tytuł Lidera Innowacji 2024.\n- Nasi członkowie wzięli udział "
        "w targach Hannover Messe.",
        ev(AW, "Ecowat"),
    ),
    # --- radio and TV transcripts ---------------------------------------------------------------------------------------
    "radio_speaker_tags": rc(
        "PROWADZĄCY: Dziś gościmy prezesa firmy Welbud. Panie prezesie, co z fabryką?\n"
        "ANDRZEJ NOWIK: Fabryka w Olkuszu ruszyła w marcu i zatrudnia już 120 osób. W maju podpisaliśmy też "
        "umowę z Akademią Górniczo-Hutniczą.",
        ev(A, "Akademia Górniczo-Hutnicza"),
    ),
    "tv_reporter_visit": rc(
        "REPORTER: Do Rzeszowa przyjechała delegacja z japońskiej firmy Takumi. Goście odwiedzili Podkarpacki "
        "Park Naukowo-Technologiczny.",
        ev(V, "Takumi"),
    ),
    # --- professional-network posts ------------------------------------------------------------------------------------
    "post_first_person_signed": rc(
        "Z dumą ogłaszamy, że nasza firma Datalink podpisała umowę partnerską z Uniwersytetem Gdańskim! "
        "#innowacje #współpraca",
        ev(A, "Datalink", "Uniwersytet Gdański"),
    ),
    "post_joined_as_member": rc(
        "Miło nam poinformować, że Solartech został członkiem Polskiej Izby Magazynowania Energii.",
        ev(M, "Solartech"),
        roles=[(M, "Solartech", "member")],
    ),
    "post_we_took_part_fair": rc(
        "Za nami targi Warsaw Industry Week! Dziękujemy wszystkim, którzy odwiedzili stoisko firmy Precimet.",
        ev(C, "Precimet"),
        none=(V,),
    ),
    # --- near misses ------------------------------------------------------------------------------------------------------
    "rb_negotiations_no_event": rc(
        "Zarząd Termovex S.A. informuje o rozpoczęciu negocjacji w sprawie ewentualnego zakupu spółki Alpex.",
        none=(A, INV),
    ),
    "post_hope_no_event": rc(
        "Mamy nadzieję, że w przyszłości nawiążemy współpracę z firmą Nordvent.",
        none=(CO, A),
    ),
    "newsletter_plan_without_date": rc(
        "Planujemy zorganizowanie misji gospodarczej do Wietnamu dla firm z Klastra Meblowego.",
        none=(V,),
    ),
}

FAILING: dict[str, str] = {
    "rb_issuer_support_decision": (
        "a term defined in brackets ('(dalej: „Inwestor”)') standing for its party mid-sentence: rule 2 was removed "
        "(it gave the term to the nearest company, not the one it was defined for)"
    ),
    "post_joined_as_member": "a bare unknown one-word subject is no organisation (org area)",
    "post_we_took_part_fair": "a fair behind us; the company whose stand was visited is no participant yet",
    "radio_speaker_tags": (
        "the speaker tag is a person now (place12), so the guest's 'we' needs the company the host named as his "
        "('prezesa firmy X'): the interview rule does not reach it yet; before, a false organisation from the tag "
        "stood in"
    ),
}

test_the_battery_is_large_and_varied, test_battery_case = battery_tests(
    CASES, FAILING, check_roles, minimum=25
)


if __name__ == "__main__":  # pass count: PYTHONPATH=src:. python tests/extract/test_events_s11ev12.py
    print_pass_count(CASES, lambda k: check_roles(CASES[k]), lambda k: CASES[k].text, show_failing=True)


# --- the rules of this session, each with a guard (own words) ----------------------------------------------------


def _events(text: str, published: str | None = "2024-05-10") -> list[tuple[str, set[str], str | None, str]]:
    rec = kooperacja.extract(text, doc_id="t", published=published)
    names = {e["id"]: e["name"] for e in rec["entities"]}
    return [
        (e["type"], {names[p["entity"]] for p in e["participants"]}, e.get("date"), e.get("status", "done"))
        for e in rec["events"]
    ]


def test_memberships_of_one_member_in_years_apart_are_two() -> None:
    evs = _events(
        "Powiat kłodzki wstąpił w lutym 2023 r. do Sudeckiej Izby Turystyki. Od 1998 r. powiat należy "
        "również do Stowarzyszenia Gmin Sudeckich."
    )
    members = [p for t, p, _d, _s in evs if t == "membership"]
    assert len(members) == 2, evs
    # guard: one joining told twice, with one year, stays one
    evs = _events(
        "Powiat kłodzki wstąpił w lutym 2023 r. do Sudeckiej Izby Turystyki. Uchwałę o wstąpieniu do izby rada "
        "powiatu podjęła w 2023 r."
    )
    assert [t for t, _p, _d, _s in evs].count("membership") == 1, evs


def test_a_membership_still_held_years_later_is_the_same_one() -> None:
    evs = _events(
        "Powiat kłodzki w 2021 r. wstąpił do Sudeckiej Izby Turystyki. W 2025 r. powiat kłodzki nadal jest "
        "członkiem Sudeckiej Izby Turystyki i opłaca składki."
    )
    assert [t for t, _p, _d, _s in evs].count("membership") == 1, evs


@pytest.mark.xfail(
    strict=True,
    reason="rule 2 (a bracketed defined term stands for a party mid-sentence) removed: it gave the term to the "
    "nearest company, not to the one the brackets follow",
)
def test_a_defined_term_stands_for_the_party_it_was_defined_for() -> None:
    text = (
        "Spółka Grafilon S.A. z Opola (dalej: \u201eInwestor\u201d) podaje do wiadomości, że 17 lutego 2025 r. "
        "Inwestor uzyskał zgodę na budowę drugiej linii produkcyjnej."
    )
    assert any(t == "investment" and "Grafilon S.A." in p for t, p, _d, _s in _events(text))


def test_a_defined_term_is_not_another_company_of_the_text() -> None:
    # the term stands for the party it was defined for, never for another company named between
    text = (
        "Spółka Grafilon S.A. z Opola (dalej: \u201eInwestor\u201d) podaje, że firma Tekmar S.A. przystąpiła do "
        "negocjacji. W marcu 2025 r. Inwestor uzyskał zgodę na budowę nowej hali magazynowej."
    )
    assert not any(t == "investment" and "Tekmar S.A." in p for t, p, _d, _s in _events(text))


def _roles(text: str) -> list[tuple[str, str, str]]:
    rec = kooperacja.extract(text, doc_id="t", published="2024-05-10")
    names = {e["id"]: e["name"] for e in rec["entities"]}
    return [(e["type"], names[p["entity"]], p["role"]) for e in rec["events"] for p in e["participants"]]


@pytest.mark.xfail(
    strict=True,
    reason="rule 3 (the company after a quoted award name grants it) removed: it made the recipients of "
    "'Statuetkę „X” firmy A i B odebrały' a grantor and dropped awards renewed or granted by another",
)
def test_the_firm_after_a_quoted_award_name_hands_it_on() -> None:
    roles = _roles("Wyróżnienie „Solidny Dostawca” sieci Marketon przypadło w udziale spółce Fermil z Opola.")
    assert ("award", "Marketon", "grantor") in roles and ("award", "Fermil", "recipient") in roles


def test_the_firms_after_a_quoted_award_name_that_received_it_are_recipients() -> None:
    # "firmy A i B" in the nominative plural, subject of a receiving verb: recipients, no grantor
    roles = _roles("Puchar „Innowator Pomorza” firmy Dalmex i Wertol odebrały na gali w Sopocie.")
    assert ("award", "Dalmex", "recipient") in roles and ("award", "Dalmex", "grantor") not in roles
    # a renewed certificate: the company after its name holds it, the body after "przez" grants it
    roles = _roles(
        "Certyfikat „Pewny Pracodawca” spółki Fermil został odnowiony przez Fundację Lexum na dwa lata."
    )
    assert ("award", "Fermil", "recipient") in roles and ("award", "Fundacja Lexum", "grantor") in roles
    # guard: a company after the quoted name and a verb receives it
    roles = _roles("Nagrodę „Eko Marka 2025” otrzymała w czwartek spółka Fermil z Opola.")
    assert ("award", "Fermil", "recipient") in roles


def test_taking_part_with_no_gathering_named_is_part_in_the_one_before() -> None:
    text = (
        "Od 14 do 16 kwietnia w Lublinie odbędą się targi sprzętu sadowniczego. Swój udział zgłosiły już "
        "spółki Sadpol i Agrinex."
    )
    assert ("conference", "Sadpol", "participant") in _roles(text)
    text = "W maju w Lublinie odbędą się targi sprzętu sadowniczego. Udział zapowiedziały firmy Sadpol i Agrinex."
    assert ("conference", "Sadpol", "participant") in _roles(text)
    # guard: taking part in something else the sentence names is no part in the fair
    text = (
        "Od 14 do 16 kwietnia w Lublinie odbędą się targi sprzętu sadowniczego. Udział w przetargu zgłosiły "
        "spółki Sadpol i Agrinex."
    )
    assert ("conference", "Sadpol", "participant") not in _roles(text)


def test_a_market_share_is_no_part_in_the_fair_before() -> None:
    text = (
        "W maju w Lublinie odbędą się targi sprzętu sadowniczego. Udział spółki Sadpol w rynku opryskiwaczy "
        "sięgnął w 2024 r. 9 proc."
    )
    assert not any(t == "conference" and n == "Sadpol" for t, n, _r in _roles(text))
    # a verb of taking part with its person ending at the end of a line looks forward, not back: the body that
    # invited the speakers is no visitor of the mission
    text = (
        "W czerwcu w Płocku odbyła się misja gospodarcza. Dzięki zaproszeniu Fundacji Orlimex uczestniczyliśmy\n"
        "w dwóch forach branżowych."
    )
    assert ("visit", "Fundacja Orlimex", "visitor") not in _roles(text)


def test_a_plant_to_come_and_one_done_in_another_town_are_two() -> None:
    evs = _events(
        "Grupa Frostel zbuduje w Kutnie chłodnię na 20 tys. palet. Dwa lata temu firma otworzyła taką samą "
        "chłodnię w Brnie."
    )
    assert [t for t, _p, _d, _s in evs].count("investment") == 2
    # guard: a permit received and the plant to come in one town are one investment
    evs = _events(
        "Grupa Frostel dostała w 2024 r. pozwolenie na budowę chłodni w Kutnie. Chłodnia powstanie w Kutnie "
        "w 2026 r."
    )
    assert [t for t, _p, _d, _s in evs].count("investment") == 1


def test_two_plants_in_contrasted_clauses_keep_their_own_towns() -> None:
    # rule 6 came back in s13 (date18: event_dates._dated_clauses, split_span, split_participants), each clause with
    # its own place and investors
    evs = _events(
        "W 2021 r. grupa Selvanor uruchomiła magazyn w Tallinnie, zaś w 2027 r. otworzy w Elblągu nowe centrum "
        "serwisowe."
    )
    inv = [(p, d) for t, p, d, _s in evs if t == "investment"]
    assert len(inv) == 2, evs


def test_contrasted_clauses_of_two_investors_give_each_its_own() -> None:
    # each investor keeps its own clause: no investor gets the other's plant
    evs = _events(
        "Grupa Selvanor w 2021 r. uruchomiła magazyn w Tallinnie, natomiast w 2027 r. firma Kovimex zbuduje "
        "halę w Elblągu."
    )
    inv = [p for t, p, _d, _s in evs if t == "investment"]
    assert len(inv) <= 2 and all(len(p) == 1 for p in inv), evs
    # guard: the clauses of one plant (its start and its opening) tell one investment
    evs = _events(
        "Grupa Selvanor rozpoczęła budowę hali w Elblągu w 2025 r., zaś jej otwarcie zaplanowała na 2027 r."
    )
    assert [t for t, _p, _d, _s in evs].count("investment") == 1, evs


@pytest.mark.xfail(
    strict=True,
    reason="rule 7 ('oba miasta' names every town and region of the sentence before) removed: it also took the "
    "town where a meeting was held; a sound version keeps only places of the noun's kind that are not locations",
)
def test_both_towns_name_the_two_twinned_towns_before() -> None:
    evs = _events(
        "Burmistrz Sanoka gościł w środę delegację z Humennego. Oba miasta łączy umowa partnerska z 2004 r."
    )
    assert any(t == "agreement" and p == {"Sanok", "Humenné"} for t, p, _d, _s in evs), evs


def test_the_town_where_two_counties_met_is_no_party() -> None:
    # the town named as the meeting place is no party of what both counties sign
    evs = _events(
        "Starostowie powiatu sanockiego i powiatu leskiego spotkali się w Ustrzykach Dolnych. Władze obu powiatów "
        "zawarły porozumienie w sprawie wspólnej promocji."
    )
    assert not any(t == "agreement" and "Ustrzyki Dolne" in p for t, p, _d, _s in evs), evs
    # guard: "both" before a noun of companies does not make the towns of the sentence before parties
    evs = _events("Burmistrz Sanoka gościł w środę delegację z Humennego. Obie firmy są partnerami od lat.")
    assert not any(t == "agreement" for t, _p, _d, _s in evs)


@pytest.mark.xfail(
    strict=True,
    reason="rule 8 ('nabywca' as an anaphor of the company before) removed: it also took the seller "
    "('Alfa sprzedała halę. Nabywca zbuduje …'); a sound version needs the buying verb's subject",
)
def test_the_buyer_stands_for_the_company_that_won_the_sale() -> None:
    text = (
        "Licytację gruntu przy ulicy Polnej w Sulechowie wygrała firma Drewpak. Jak zapowiedziano, nabywca "
        "postawi tam tartak."
    )
    assert any(t == "investment" and "Drewpak" in p for t, p, _d, _s in _events(text))


def test_the_buyer_is_never_the_seller_named_before() -> None:
    # the seller named before is no buyer: with no buyer named, no investment
    text = "Firma Drewpak zbyła magazyn w Sulechowie. Nabywca urządzi w nim centrum dystrybucji."
    assert not any(t == "investment" and "Drewpak" in p for t, p, _d, _s in _events(text))
    # guard: a buyer yet to be found stands for nobody named before
    text = (
        "Firma Drewpak zbudowała w Sulechowie tartak. Gmina wystawi na licytację kolejny grunt, a nowy nabywca "
        "zbuduje na nim magazyn."
    )
    assert [t for t, _p, _d, _s in _events(text)].count("investment") == 1


def test_visitors_of_a_stand_make_no_visit() -> None:
    text = "Na targach w Kielcach goście odwiedzili stoisko firmy Precimet."
    assert not any(t == "visit" for t, _p, _d, _s in _events(text))
    # guard: visitors of a plant make a visit
    text = "Goście z Saksonii odwiedzili zakład firmy Precimet w Kielcach."
    assert any(t == "visit" for t, _p, _d, _s in _events(text))


def test_our_cluster_is_the_cluster_named_before() -> None:
    text = (
        "Biuletyn Klastra Drzewnego Warmii\n\nDo naszego klastra dołączyła w maju firma Lignomar z Olsztyna."
    )
    roles = _roles(text)
    assert any(t == "membership" and r == "group" and n.startswith("Klaster Drzewn") for t, n, r in roles), (
        roles
    )
    # guard: with no cluster named before, "our cluster" names no group
    text = "Do naszego klastra dołączyła w maju firma Lignomar z Olsztyna."
    assert not any(t == "membership" for t, _n, _r in _roles(text))


@pytest.mark.xfail(
    strict=True,
    reason="rule 11 (signatories of one named party sign for the organisations of the sentence before) removed: "
    "it took every firm of that sentence, dropped the other signatory and listed a body being founded",
)
def test_signatories_sign_for_the_partners_that_set_up_a_lab() -> None:
    text = (
        "Akademia Nadwiślańska i firma Optiwel otworzyły w piątek wspólną pracownię fotoniki. Porozumienie w tej "
        "sprawie podpisali dziekan dr Piotr Sowa i dyrektor Optiwelu Ewa Lis."
    )
    evs = _events(text)
    assert any(t == "agreement" and {"Akademia Nadwiślańska", "Optiwel"} <= p for t, p, _d, _s in evs), evs


def test_signatories_take_no_firm_that_only_attended() -> None:
    # firms that only attended the meeting before are no parties of the agreement two persons sign
    text = (
        "Na naradę przybyli przedstawiciele firm Kordex, Lumirex i Pantex. Porozumienie podpisali dyrektor "
        "Kordeksu Ewa Lis i sołtys Piotr Sowa."
    )
    assert not any(t == "agreement" and {"Lumirex", "Pantex"} & p for t, p, _d, _s in _events(text))
