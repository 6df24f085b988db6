"""One invented sentence per participant rule of session 8 (issue 8, item 3), with the negative case beside it:
the name nearby that the rule must NOT take. Names compared by the scorer's loose key (first four letters of each
word); the battery of passages is test_participant_battery_s8part.py."""

from __future__ import annotations

import pytest
from tests.extract.test_participant_battery_s8part import _norm

import kooperacja

PUBLISHED = "2024-09-18"


def events(text: str) -> list[tuple[str, frozenset[tuple[str, str]]]]:
    rec = kooperacja.extract(text, doc_id="r", published=PUBLISHED)
    names = {e["id"]: e["name"] for e in rec["entities"]}
    return [
        (e["type"], frozenset((_norm(names[p["entity"]]), p["role"]) for p in e["participants"]))
        for e in rec["events"]
    ]


def has(text: str, typ: str, *parts: tuple[str, str]) -> bool:
    want = frozenset((_norm(n), r) for n, r in parts)
    return (typ, want) in events(text)


# --- a zero subject is read past a name that hangs on a preposition or an oblique kind noun ----------------------
def test_zero_subject_past_a_governed_name() -> None:
    text = "Akademia Morska w Szczecinie szuka partnerów. We wtorek zawarła umowę ze spółką Portline."
    assert has(text, "agreement", ("Akademia Morska w Szczecinie", "party"), ("Portline", "party"))


def test_a_named_subject_keeps_the_sentence_to_itself() -> None:
    # the second sentence names its own subject: the university of the first is no party
    text = (
        "Akademia Morska w Szczecinie szuka partnerów. We wtorek firma Portline zawarła umowę z Gminą Police."
    )
    assert has(text, "agreement", ("Portline", "party"), ("Gmina Police", "party"))


def test_a_time_phrase_does_not_govern_the_subject() -> None:
    # "Każdego roku" is no governor: the person who grants stays the subject
    text = "Każdego roku Izba Rzemiosła Opolskiego przyznaje nagrody. W tym roku nagrodę otrzymała firma Stolmet."
    evs = events(text)
    assert ("award", frozenset({("stol", "recipient"), ("izba rzem opol", "grantor")})) in evs


# --- grantors after the verb; "dla X" is the recipient --------------------------------------------------------
def test_grantor_after_the_verb() -> None:
    text = "Nagrodę Lidera Eksportu wręczyła w piątek Regionalna Izba Handlowa. Wyróżnienie otrzymała spółka Vetrex."
    assert has(text, "award", ("Regionalna Izba Handlowa", "grantor"), ("Vetrex", "recipient"))


def test_dla_names_the_recipient_and_the_title_the_grantor() -> None:
    text = "Wyróżnienie dla firmy Koltech wręczył dyrektor Agencji Rozwoju Pomorza."
    assert has(text, "award", ("Koltech", "recipient"), ("Agencja Rozwoju Pomorza", "grantor"))


# --- "z" + genitive sends guests, "spotkali się … z" + instrumental meets hosts ------------------------------------
def test_delegation_from_a_province_over_adjective_and_unit_noun() -> None:
    text = "Delegacja z kanadyjskiej prowincji Ontario odwiedziła w środę Olsztyn."
    assert has(text, "visit", ("Ontario", "visitor"), ("Olsztyn", "host"))


def test_a_phrase_of_occasion_sends_no_guest() -> None:
    # "Z tej okazji" is no origin: the town that hosts is still the host
    text = "Z tej okazji Zamość gościł delegację ukraińskiego miasta Łuck."
    evs = events(text)
    assert not any(("zamo", "visitor") in parts for typ, parts in evs if typ == "visit")


def test_guests_meet_hosts_with_a_time_phrase_between() -> None:
    text = (
        "Do Płocka przyjechała delegacja z Saksonii. Goście spotkali się w środę z przedstawicielami "
        "Płockiego Parku Przemysłowo-Technologicznego."
    )
    evs = events(text)
    visits = [parts for typ, parts in evs if typ == "visit"]
    assert any(("płoc park prze tech", "host") in parts for parts in visits)
    assert not any(("płoc park prze tech", "visitor") in parts for parts in visits)


def test_a_town_is_not_located_in_another_town() -> None:
    text = "Delegacja z Lwowa w Rzeszowie\n\nGoście rozmawiali o współpracy gospodarczej."
    assert has(text, "visit", ("Lwów", "visitor"), ("Rzeszów", "host"))


# --- the next sentence names the part ------------------------------------------------------------------------------
def test_organiser_named_in_the_next_sentence() -> None:
    text = "W Kaliszu odbyła się konferencja o logistyce. Jej organizatorem była Kaliska Izba Gospodarcza."
    assert has(text, "conference", ("Kaliska Izba Gospodarcza", "organizer"))


def test_founders_named_in_the_next_sentence() -> None:
    text = "W Koszalinie powstał Klaster Drzewny Pomorza. Jego założycielami są spółki Drewtex i Sosnowa."
    assert has(
        text,
        "founding",
        ("Klaster Drzewny Pomorza", "founded"),
        ("Drewtex", "founder"),
        ("Sosnowa", "founder"),
    )


def test_a_role_sentence_with_an_event_of_its_own_lends_nothing() -> None:
    # the next sentence reports an agreement: its organisations are no organisers of the forum
    text = "W Kaliszu odbyło się forum logistyki. Organizatorem forum była Izba Alfa, która podpisała umowę z firmą Beta."
    evs = events(text)
    assert not any(("beta", "organizer") in parts for typ, parts in evs if typ == "conference")


# --- witnesses and patrons are no parties --------------------------------------------------------------------------
def test_a_witness_is_no_party() -> None:
    text = "Porozumienie podpisały Gmina Kórnik i spółka Agrovit w obecności przedstawicieli Izby Rolniczej."
    assert has(text, "agreement", ("Gmina Kórnik", "party"), ("Agrovit", "party"))


def test_a_patron_is_no_party() -> None:
    text = "Politechnika Opolska i firma Kamex podpisały umowę pod patronatem Urzędu Marszałkowskiego Województwa Opolskiego."
    assert has(text, "agreement", ("Politechnika Opolska", "party"), ("Kamex", "party"))


# --- a headline's pair, a mission's members, a town that joins, a firm's new line -----------------------------
def test_parties_named_only_in_the_headline() -> None:
    text = "Gmina Tuchola i spółka Borex razem\n\nPodpisane we wtorek porozumienie dotyczy budowy farmy fotowoltaicznej."
    assert has(text, "agreement", ("Gmina Tuchola", "party"), ("Borex", "party"))


def test_a_headline_with_a_verb_lends_no_pair() -> None:
    text = (
        "Gmina Tuchola wybrała firmę Borex\n\nPodpisane we wtorek porozumienie dotyczy farmy fotowoltaicznej."
    )
    assert not has(text, "agreement", ("Gmina Tuchola", "party"), ("Borex", "party"))


def test_mission_members_listed_in_the_next_sentence() -> None:
    text = (
        "Misję gospodarczą do Wilna zorganizowała Podlaska Izba Handlowa. Udział w niej wzięli przedstawiciele "
        "firm: Lactor, Podlasie Meble i Kompot."
    )
    evs = events(text)
    visits = [parts for typ, parts in evs if typ == "visit"]
    assert any({("lact", "visitor"), ("podl meble", "visitor")} <= parts for parts in visits) or any(
        ("lact", "visitor") in parts for parts in visits
    )


def test_a_town_joins_an_association() -> None:
    text = "Do Związku Gmin Wiejskich Podkarpacia przystąpiła w tym roku gmina Dukla."
    assert has(text, "membership", ("Dukla", "member"), ("Związek Gmin Wiejskich Podkarpacia", "group"))


def test_a_town_where_an_association_meets_is_no_member() -> None:
    text = "W Krośnie do Związku Gmin Wiejskich Podkarpacia przystąpiła firma Karpaty Energia."
    evs = events(text)
    assert not any(("kros", "member") in parts for typ, parts in evs if typ == "membership")


def test_firm_of_the_sentence_before_opens_a_line() -> None:
    text = "Zakład Mleczarski Sorbet działa w Łomży od lat. W maju spółka uruchomiła tam nowoczesną linię produkcyjną."
    assert has(text, "investment", ("Zakład Mleczarski Sorbet", "investor"))


@pytest.mark.parametrize(
    "text", ["Spółka Vamet, z którą współpracuje Politechnika Lubelska, otworzyła w Lublinie nową halę."]
)
def test_a_partner_in_a_relative_clause_does_not_invest(text: str) -> None:
    assert has(text, "investment", ("Vamet", "investor"))


# --- grantors: the public body that hosts the awarding, the grantor after the award's own name ------------------
def test_the_ministry_that_hosts_the_awarding_grants() -> None:
    text = (
        "Uroczyste wręczenie certyfikatów odbyło się w Ministerstwie Rozwoju. Certyfikat otrzymał Klaster "
        "Obróbki Metali."
    )
    assert has(text, "award", ("Klaster Obróbki Metali", "recipient"), ("Ministerstwo Rozwoju", "grantor"))


def test_the_office_of_the_next_sentence_grants() -> None:
    text = (
        "Certyfikat otrzymał Klaster Obróbki Metali. Wręczenie certyfikatów odbyło się w Urzędzie "
        "Marszałkowskim Województwa Śląskiego."
    )
    assert has(
        text,
        "award",
        ("Klaster Obróbki Metali", "recipient"),
        ("Urząd Marszałkowski Województwa Śląskiego", "grantor"),
    )


def test_a_hall_that_hosts_the_awarding_grants_nothing() -> None:
    text = "Wręczenie nagród odbyło się w Filharmonii Opolskiej. Nagrodę otrzymała firma Remex."
    assert has(text, "award", ("Remex", "recipient"))


def test_grantor_after_the_awards_own_name() -> None:
    text = "Spółka Remex otrzymała Certyfikat Innowacyjności Polskiej Agencji Rozwoju Przedsiębiorczości."
    assert has(
        text, "award", ("Remex", "recipient"), ("Polska Agencja Rozwoju Przedsiębiorczości", "grantor")
    )


def test_a_dative_after_the_awards_name_receives() -> None:
    text = "Nagroda Innowacji Spółce Remex przyznana."
    assert not any(("reme", "grantor") in parts for _typ, parts in events(text))


# --- foundings: passives, patrons, regions that act ----------------------------------------------------------------
def test_passive_founding_names_the_founded_subject() -> None:
    text = "Klaster Lotniczy Mazowsza został utworzony przez Gminę Pułtusk."
    assert has(text, "founding", ("Klaster Lotniczy Mazowsza", "founded"), ("Gmina Pułtusk", "founder"))


def test_a_patron_founds_nothing() -> None:
    text = "Klaster Lotniczy Mazowsza został utworzony pod patronatem Marszałka Województwa Mazowieckiego."
    assert has(text, "founding", ("Klaster Lotniczy Mazowsza", "founded"))


def test_the_authorities_of_a_region_found() -> None:
    text = "W 2015 roku samorząd województwa opolskiego powołał inicjatywę Invest in Opole."
    assert has(text, "founding", ("Invest in Opole", "founded"), ("województwo opolskie", "founder"))


def test_a_town_where_a_cluster_is_founded_founds_nothing() -> None:
    text = "W Opolu firma Metpol i Izba Gospodarcza Śląska Opolskiego powołały Klaster Metalowy Opolszczyzny."
    evs = events(text)
    assert not any(("opol", "founder") in parts for typ, parts in evs if typ == "founding")


# --- what a signing sets up is no party; a unit's authorities make it act ----------------------------------------
def test_the_cluster_an_agreement_sets_up_is_no_party() -> None:
    text = "Gmina Dobrzeń Wielki i spółka Enerpol podpisały umowę zawiązania Opolskiego Klastra Energii."
    assert has(text, "agreement", ("Gmina Dobrzeń Wielki", "party"), ("Enerpol", "party"))
    assert has(
        text,
        "founding",
        ("Opolski Klaster Energii", "founded"),
        ("Gmina Dobrzeń Wielki", "founder"),
        ("Enerpol", "founder"),
    )


def test_the_cluster_named_after_o_nazwie_is_no_party() -> None:
    text = (
        "Gmina Borowo i spółka Enerpol podpisały porozumienie o utworzeniu klastra energii o nazwie "
        "„Borowski Klaster Energii”."
    )
    assert has(text, "agreement", ("Gmina Borowo", "party"), ("Enerpol", "party"))


def test_the_subjects_of_a_verb_after_the_founded_body_sign() -> None:
    # a finite verb between the gerund of founding and the names ends what the signing sets up
    text = "Porozumienie w sprawie powołania klastra rolnego zawarły wczoraj Gmina Borowo i spółka Enerpol."
    assert has(text, "agreement", ("Gmina Borowo", "party"), ("Enerpol", "party"))


def test_a_cluster_that_signs_is_a_party() -> None:
    text = "Klaster Energii Borowo podpisał porozumienie z Politechniką Opolską."
    assert has(text, "agreement", ("Klaster Energii Borowo", "party"), ("Politechnika Opolska", "party"))


def test_the_local_authorities_of_a_county_make_it_a_party() -> None:
    text = (
        "Porozumienie o współpracy zawarli przedstawiciele samorządów lokalnych powiatu kłodzkiego oraz "
        "spółki Enerpol."
    )
    assert has(text, "agreement", ("powiat kłodzki", "party"), ("Enerpol", "party"))


def test_where_the_awarding_takes_place_receives_nothing() -> None:
    text = (
        "Uroczyste nadanie certyfikatów odbyło się w Ministerstwie Rozwoju. Certyfikat otrzymał Klaster Alfa."
    )
    evs = events(text)
    assert not any(("mini rozw", "recipient") in parts for typ, parts in evs if typ == "award")


def test_a_relative_clause_names_no_founded_body() -> None:
    text = (
        "Inicjatywę utworzyły w 2012 roku gminy regionu, które powierzyły jej prowadzenie Agencji Rozwoju "
        "Warmii i Mazur."
    )
    evs = events(text)
    assert not any(("agen rozw warm i mazu", "founded") in parts for typ, parts in evs if typ == "founding")


# --- memberships: the group named twice is no member; a relative clause after a preposition ------------------------
def test_the_group_named_twice_is_no_member_and_a_status_no_member() -> None:
    text = (
        "Wniosek Mazowieckiego Klastra Budowlanego, do którego należy spółka Wigbud, oceniono wysoko, a "
        "Mazowiecki Klaster Budowlany został Krajowym Klastrem Kluczowym."
    )
    evs = [parts for typ, parts in events(text) if typ == "membership"]
    assert frozenset({("wigb", "member"), ("mazo klas budo", "group")}) in evs
    assert not any(
        ("mazo klas budo", "member") in parts or ("kraj klas kluc", "member") in parts for parts in evs
    )


def test_a_member_named_in_a_relative_clause_receives_no_award() -> None:
    text = "Wniosek Klastra Budowlanego Podlasia, do którego należy spółka Wigbud, otrzymał nagrodę Ministra Rozwoju."
    evs = events(text)
    assert not any(("wigb", "recipient") in parts for typ, parts in evs if typ == "award")


def test_the_cluster_named_after_a_colon_and_its_short_name_is_no_party() -> None:
    text = (
        "Przedstawiciele Gminy Borowo i Stowarzyszenia Energia Plus podpisali list intencyjny dot. utworzenia "
        "Klastra Energii pn.: „Borowski Klaster Energii”."
    )
    assert has(text, "letter_of_intent", ("Gmina Borowo", "party"), ("Stowarzyszenie Energia Plus", "party"))


def test_a_name_in_a_clause_of_speech_receives_no_award() -> None:
    text = "Nagrodzone zostały firmy Alfatech i Betamet, a to dowód, że Województwo Opolskie jest dobrym partnerem."
    evs = events(text)
    assert not any(("woje opol", "recipient") in parts for typ, parts in evs if typ == "award")
    assert any(("alfa", "recipient") in parts for typ, parts in evs if typ == "award")


# --- one sentence per row of the session's participant tables (participant_words.tsv, participant_role_nouns.tsv) ---
ROW_CASES: dict[str, tuple[str, tuple[str, str]]] = {
    # unit nouns
    "prowincja": ("Delegacja z chińskiej prowincji Hunan odwiedziła w środę Olsztyn.", ("huna", "visitor")),
    "region": ("Delegacja z francuskiego regionu Bretania odwiedziła w środę Olsztyn.", ("bret", "visitor")),
    "obwód": (
        "Delegacja z ukraińskiego obwodu wołyńskiego odwiedziła w środę Olsztyn.",
        ("obwó woły", "visitor"),
    ),
    "województwo": (
        "Delegacja z sąsiedniego województwa podlaskiego odwiedziła w środę Olsztyn.",
        ("woje podl", "visitor"),
    ),
    "powiat": (
        "Delegacja z sąsiedniego powiatu gołdapskiego odwiedziła w środę Olsztyn.",
        ("powi gołd", "visitor"),
    ),
    "gmina": ("Delegacja z sąsiedniej gminy Purda odwiedziła w środę Olsztyn.", ("purd", "visitor")),
    "miasto": (
        "Delegacja z partnerskiego miasta Kaliningrad odwiedziła w środę Olsztyn.",
        ("kali", "visitor"),
    ),
    "stan": ("Delegacja z amerykańskiego stanu Ohio odwiedziła w środę Olsztyn.", ("ohio", "visitor")),
    "kraj": ("Delegacja z afrykańskiego kraju Ghana odwiedziła w środę Olsztyn.", ("ghan", "visitor")),
    "land": ("Delegacja z niemieckiego landu Saksonia odwiedziła w środę Olsztyn.", ("saks", "visitor")),
    "departament": (
        "Delegacja z francuskiego departamentu Loara odwiedziła w środę Olsztyn.",
        ("loar", "visitor"),
    ),
    "hrabstwo": ("Delegacja z angielskiego hrabstwa Kent odwiedziła w środę Olsztyn.", ("kent", "visitor")),
    "okręg": ("Delegacja z czeskiego okręgu Liberec odwiedziła w środę Olsztyn.", ("libe", "visitor")),
    "prefektura": (
        "Delegacja z japońskiej prefektury Aichi odwiedziła w środę Olsztyn.",
        ("aich", "visitor"),
    ),
    # people nouns
    "przedstawiciel": (
        "Do Płocka przyjechała delegacja z Saksonii. Goście spotkali się w środę z przedstawicielami Płockiego Parku Przemysłowo-Technologicznego.",
        ("płoc park prze tech", "host"),
    ),
    "reprezentant": (
        "Do Płocka przyjechała delegacja z Saksonii. Goście spotkali się w środę z reprezentantami Płockiego Parku Przemysłowo-Technologicznego.",
        ("płoc park prze tech", "host"),
    ),
    "władza": (
        "Do Płocka przyjechała delegacja z Saksonii. Goście spotkali się w środę z władzami Gminy Stara Biała.",
        ("gmin star biał", "host"),
    ),
    "zarząd": (
        "Do Płocka przyjechała delegacja z Saksonii. Goście spotkali się w środę z zarządem Płockiego Parku Przemysłowo-Technologicznego.",
        ("płoc park prze tech", "host"),
    ),
    "kierownictwo": (
        "Do Płocka przyjechała delegacja z Saksonii. Goście spotkali się w środę z kierownictwem Płockiego Parku Przemysłowo-Technologicznego.",
        ("płoc park prze tech", "host"),
    ),
    "delegacja": (
        "Do Płocka przyjechali przedsiębiorcy z Saksonii. Goście spotkali się w środę z delegacją Urzędu Miasta Płocka.",
        ("urzą mias płoc", "host"),
    ),
    "pracownik": (
        "Do Płocka przyjechała delegacja z Saksonii. Goście spotkali się w środę z pracownikami Płockiego Parku Przemysłowo-Technologicznego.",
        ("płoc park prze tech", "host"),
    ),
    # role nouns
    "organizator": (
        "W Kaliszu odbyła się konferencja o logistyce. Jej organizatorem była Kaliska Izba Gospodarcza.",
        ("kali izba gosp", "organizer"),
    ),
    "współorganizator": (
        "W Kaliszu odbyła się konferencja o logistyce. Jej współorganizatorem była Kaliska Izba Gospodarcza.",
        ("kali izba gosp", "organizer"),
    ),
    "gospodarz": (
        "W Kaliszu odbyła się konferencja o logistyce. Jej gospodarzem była Kaliska Izba Gospodarcza.",
        ("kali izba gosp", "organizer"),
    ),
    "wystawca": (
        "W Kielcach odbyły się targi maszyn rolniczych. Wystawcami były firmy Agromet i Rolmax.",
        ("agro", "participant"),
    ),
    "założyciel": (
        "W Koszalinie powstał Klaster Drzewny Pomorza. Jego założycielem jest spółka Drewtex.",
        ("drew", "founder"),
    ),
    "współzałożyciel": (
        "W Koszalinie powstał Klaster Drzewny Pomorza. Jego współzałożycielem jest spółka Drewtex.",
        ("drew", "founder"),
    ),
    "inicjator": (
        "W Koszalinie powstał Klaster Drzewny Pomorza. Jego inicjatorem jest spółka Drewtex.",
        ("drew", "founder"),
    ),
    "fundator": (
        "Nagrodę otrzymała firma Polfrost. Jej fundatorem jest Fundacja Rozwoju Regionu.",
        ("fund rozw regi", "grantor"),
    ),
}

# one sentence per clause conjunction of participant_words.tsv: the name inside the clause receives no award
CONJUNCTION_CASES = {
    "że": "Nagrodzone zostały firmy Alfatech i Betamet, a to dowód, że Województwo Opolskie jest dobrym partnerem.",
    "ponieważ": "Nagrodę otrzymała firma Alfatech, ponieważ Województwo Opolskie wsparło jej eksport.",
    "gdyż": "Nagrodę otrzymała firma Alfatech, gdyż Województwo Opolskie wsparło jej eksport.",
    "choć": "Nagrodę otrzymała firma Alfatech, choć Województwo Opolskie zgłosiło innego kandydata.",
    "chociaż": "Nagrodę otrzymała firma Alfatech, chociaż Województwo Opolskie zgłosiło innego kandydata.",
}


@pytest.mark.parametrize("row", sorted(ROW_CASES))
def test_each_row_in_a_sentence(row: str) -> None:
    text, part = ROW_CASES[row]
    assert any(part in parts for _typ, parts in events(text)), text


@pytest.mark.parametrize("row", sorted(CONJUNCTION_CASES))
def test_each_clause_conjunction(row: str) -> None:
    evs = events(CONJUNCTION_CASES[row])
    assert any(("alfa", "recipient") in parts for typ, parts in evs if typ == "award")
    assert not any(("woje opol", "recipient") in parts for typ, parts in evs if typ == "award")
