"""Rules written for the language (issue 8): each case is a sentence written for the tests."""

from __future__ import annotations

import pytest

import kooperacja


def record(text: str, published: str | None = None) -> dict:
    return kooperacja.extract(text, doc_id="t", published=published)


def names_of(text: str, typ: str | None = None) -> set[str]:
    return {e["name"] for e in record(text)["entities"] if typ is None or e["type"] == typ}


def events_of(text: str, published: str | None = None) -> list[tuple[str, list[tuple[str, str]]]]:
    rec = record(text, published)
    names = {e["id"]: e["name"] for e in rec["entities"]}
    return [
        (ev["type"], sorted((names[p["entity"]], p["role"]) for p in ev["participants"]))
        for ev in rec["events"]
    ]


@pytest.mark.parametrize(
    "sentence, name",
    [
        # an office title glued to a unit: the unit is the organisation
        ("Porozumienie parafował Wójt Gminy Nowe Warpno.", "Gmina Nowe Warpno"),
        # an undeclined name after an oblique head keeps its form
        ("Zaproszenie wystosował Burmistrz Miasta Ruciane-Nida.", "Miasto Ruciane-Nida"),
        ("Prezydent Miasta Krakowa przyjął gości z Japonii.", "Miasto Kraków"),
        # a declined hyphenated name goes to its base form part by part
        ("Ustalenia przekazał Burmistrz Miasta Golubia-Dobrzynia.", "Miasto Golub-Dobrzyń"),
        ("W imieniu Gminy Dobra Woda dokument podpisał jej wójt.", "Gmina Dobra Woda"),
    ],
)
def test_units_named_with_titles_and_oblique_heads(sentence: str, name: str) -> None:
    assert name in names_of(sentence, "organization")


def test_a_ranking_of_towns_gives_each_town_an_award() -> None:
    evs = events_of("W rankingu miast przyjaznych biznesowi najwyżej uplasowały się Gdynia oraz Olsztyn.")
    assert sorted(evs) == [("award", [("Gdynia", "recipient")]), ("award", [("Olsztyn", "recipient")])]


def test_towns_only_aspiring_to_a_title_get_no_award() -> None:
    assert events_of("Olsztyn stawia na turystykę i aspiruje do tytułu stolicy kultury.") == []


@pytest.mark.parametrize(
    "sentence, investor",
    [
        # a plant that comes into being names its investor
        ("W Kutnie powstanie zakład firmy Delta Kompozyty.", "Delta Kompozyty"),
        # a new investor that earmarks money for building
        (
            "Nowym inwestorem jest firma Baltic Foods, która przeznaczy 40 mln zł na budowę hali.",
            "Baltic Foods",
        ),
        # imperfective and expansion verbs of the investment family
        ("Spółka Omega Plast inwestuje w nową linię produkcyjną w Pile.", "Omega Plast"),
        ("Firma Ferrum Tech rozbuduje swój zakład w Gnieźnie.", "Ferrum Tech"),
        # a zone permit received by a company
        ("Zezwolenie na działalność w strefie uzyskała spółka Nordic Timber.", "Nordic Timber"),
    ],
)
def test_investment_family(sentence: str, investor: str) -> None:
    evs = events_of(sentence)
    assert any(t == "investment" and (investor, "investor") in roles for t, roles in evs), evs


@pytest.mark.parametrize(
    "sentence",
    [
        # the founding is the topic of a letter, not a fact
        "Gmina Brzeg i Gmina Lewin podpisały list intencyjny w sprawie utworzenia Klastra Energii Odra.",
        # a report or a casting that comes into being founds nothing
        "We współpracy z Fundacją Rozwoju Regionu powstał obszerny raport o rynku pracy.",
        # a ranking made by a magazine founds nothing
        "Wyniki przedstawiono w zestawieniu stworzonym przez redakcję Forbes Polska.",
    ],
)
def test_no_founding_without_an_organisation_set_up(sentence: str) -> None:
    assert all(t != "founding" for t, _roles in events_of(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # a membership gerund with both sides named
        "Przystąpienie Gminy Stare Pole do Klastra Energii Żuławy zatwierdziła rada gminy.",
        # membership as a state
        "Gmina Stare Pole należy do Klastra Energii Żuławy od dwóch lat.",
    ],
)
def test_membership_family(sentence: str) -> None:
    assert ("membership", [("Gmina Stare Pole", "member"), ("Klaster Energii Żuławy", "group")]) in events_of(
        sentence
    )


@pytest.mark.parametrize(
    "sentence, name",
    [
        # a company descriptor before a hyphenated brand is no part of the name
        ("Firma Kero-Plast otworzyła nową halę w Radomiu.", "Kero-Plast"),
        # an acronym right after the name it abbreviates is an alias, not a part of the name
        (
            "Mazowiecka Agencja Rozwoju Turystyki MART obsłużyła w tym roku wielu gości.",
            "Mazowiecka Agencja Rozwoju Turystyki",
        ),
    ],
)
def test_descriptors_and_acronyms_off_names(sentence: str, name: str) -> None:
    assert name in names_of(sentence, "organization")


def test_a_two_word_short_name_joins_the_only_longer_name_it_begins() -> None:
    text = (
        "Urząd Marszałkowski Województwa Opolskiego ogłosił nabór. "
        "Urząd Marszałkowski przyjmuje wnioski do końca maja."
    )
    assert names_of(text, "organization") == {"Urząd Marszałkowski Województwa Opolskiego"}


@pytest.mark.parametrize(
    "sentence, name",
    [
        # compound adjectives written with a spaced dash are one word
        (
            "Umowę z Lubuską Izbą Rolniczo – Spożywczą podpisano w Gorzowie.",
            "Lubuska Izba Rolniczo-Spożywcza",
        ),
        ("Polsko -Czeska Izba Gospodarcza otworzyła biuro.", "Polsko-Czeska Izba Gospodarcza"),
    ],
)
def test_compounds_with_spaced_dashes(sentence: str, name: str) -> None:
    assert name in names_of(sentence, "organization")


def test_a_dash_between_two_towns_joins_nothing() -> None:
    assert {"Gniezno", "Konin"} <= names_of("Nowa linia autobusowa Gniezno – Konin ruszyła.", "place")


def test_signatories_listed_with_their_offices_make_the_offices_parties() -> None:
    text = (
        "Porozumienie podpisali: Anna Lis – Wójt Gminy Dobromierz, Piotr Kos – Burmistrz Miasta Strzegom "
        "oraz Ewa Sowa – Wójt Gminy Jaworzyna."
    )
    evs = events_of(text)
    assert [t for t, _ in evs] == ["agreement"]
    assert {name for name, _role in evs[0][1]} == {"Gmina Dobromierz", "Miasto Strzegom", "Gmina Jaworzyna"}


def test_a_town_acting_is_the_unit_the_text_names_formally() -> None:
    text = (
        "Porozumienie o wspólnym transporcie podpisały gminy: Rudna, Polkowice i Chocianów. "
        "W imieniu Gminy Rudna podpis złożył wójt."
    )
    evs = events_of(text)
    assert evs and ("Gmina Rudna", "party") in evs[0][1], evs


def test_a_mixed_case_acronym_joins_its_full_name() -> None:
    text = (
        "Narodowa Agencja Badań i Rozwoju Technologii ogłosiła konkurs. "
        "Do NABiRT wpłynęło w tym roku 40 wniosków."
    )
    assert names_of(text, "organization") == {"Narodowa Agencja Badań i Rozwoju Technologii"}


@pytest.mark.parametrize(
    "text, value, unit",
    [
        # a decimal comma followed by a space
        ("Hala kosztowała 14, 2 mln zł.", 14_200_000, "PLN"),
        # a larger multiplier, then a smaller one with the unit
        ("Nakłady sięgną 3 miliardów 400 milionów złotych.", 3_400_000_000, "PLN"),
        # a quarter of a billion
        ("Koncern wyda ćwierć miliarda euro.", 250_000_000, "EUR"),
    ],
)
def test_amounts_written_in_parts(text: str, value: int, unit: str) -> None:
    from kooperacja.text.numbers import find_amounts

    assert [(a.value, a.unit) for a in find_amounts(text, [])] == [(value, unit)]


def test_a_list_of_counts_is_not_joined_into_a_decimal() -> None:
    from kooperacja.text.numbers import find_amounts

    assert [a.value for a in find_amounts("W parku działa 12 firm, 3 mln zł trafi do nich.", [])] == [
        12,
        3_000_000,
    ]


def figures_of(text: str) -> set[tuple[str, str, float]]:
    rec = record(text)
    names = {e["id"]: e["name"] for e in rec["entities"]}
    return {(names[f["entity"]], f["metric"], f["value"]) for f in rec["figures"]}


@pytest.mark.parametrize(
    "text, figure",
    [
        ("W spółce Mleczarnia Podlasie pracuje 320 osób.", ("Mleczarnia Podlasie", "employees", 320)),
        ("Klaster Drzewny Warmii skupia 45 firm z regionu.", ("Klaster Drzewny Warmii", "members", 45)),
        ("Spółka Ferrum Tech zbudowała halę kosztem 18 mln zł.", ("Ferrum Tech", "investment", 18_000_000)),
    ],
)
def test_figure_phrasings(text: str, figure: tuple[str, str, float]) -> None:
    assert figure in figures_of(text)


def test_jobs_kept_are_jobs_of_their_own() -> None:
    # extraction.md: jobs are "created, promised or kept"; kept and created are two figures, never added up
    found = figures_of("Spółka Ferrum Tech stworzy 40 miejsc pracy i utrzyma 250 miejsc pracy.")
    assert {(m, v) for _n, m, v in found} == {("jobs", 40), ("jobs", 250)}


def roles_of(text: str) -> dict[str, set[str | None]]:
    rec = record(text)
    names = {e["id"]: e["name"] for e in rec["entities"]}
    return {
        e["name"]: {names.get(r.get("organization")) for r in e.get("roles") or []}
        for e in rec["entities"]
        if e["type"] == "person"
    }


@pytest.mark.parametrize(
    "text, person, org",
    [
        (
            "Województwo Lubelskie rozwija kontakty z Ukrainą. Gości powitał marszałek Jan Kowalczyk.",
            "Jan Kowalczyk",
            "Województwo Lubelskie",
        ),
        (
            "Ministerstwo Rozwoju i Gmina Kłodzko ogłosiły program. Umowę podpisał burmistrz Kłodzka Adam Lis.",
            "Adam Lis",
            "Gmina Kłodzko",
        ),
        (
            "Ministerstwo Energii i Ministerstwo Rozwoju prowadzą nabór. Wyniki ogłosił minister energii "
            "Piotr Wrona.",
            "Piotr Wrona",
            "Ministerstwo Energii",
        ),
    ],
)
def test_office_titles_serve_the_unit_the_document_names(text: str, person: str, org: str) -> None:
    assert org in roles_of(text).get(person, set())


@pytest.mark.parametrize(
    "text, date",
    [
        ("Nowa hala w Pile 2021-05-06 09:15:00\nTreść artykułu.", "2021-05-06"),
        ("2022-02-03 Wizyta gości z Litwy w Suwałkach\nTreść artykułu.", "2022-02-03"),
        ("Anna Wrona / 2020-10-09 14:05\nTreść artykułu.", "2020-10-09"),
    ],
)
def test_datelines_of_several_shapes(text: str, date: str) -> None:
    from kooperacja.text.dates import find_dateline

    assert find_dateline(text) == date


def test_an_undated_event_takes_the_date_of_the_sentence_before() -> None:
    text = (
        "We czwartek 9 marca 2023 r. w Toruniu spotkali się przedstawiciele obu instytucji. "
        "Porozumienie podpisały Toruńska Agencja Rozwoju i Uniwersytet Mikołaja Kopernika."
    )
    rec = record(text)
    assert [ev["date"] for ev in rec["events"]] == ["2023-03-09"]


def test_a_signing_reported_as_news_takes_the_articles_date() -> None:
    text = "Toruńska Agencja Rozwoju i Uniwersytet Mikołaja Kopernika podpisały porozumienie o współpracy."
    rec = record(text, published="2023-03-10")
    assert [ev["date"] for ev in rec["events"]] == ["2023-03-10"]


def test_a_status_granted_is_an_award_and_its_name_no_organisation() -> None:
    text = "Podlaski Klaster Bioenergii uzyskał status Krajowego Klastra Kluczowego."
    assert names_of(text, "organization") == {"Podlaski Klaster Bioenergii"}
    assert ("award", [("Podlaski Klaster Bioenergii", "recipient")]) in events_of(text)


def test_an_agreement_noun_between_two_parties_states_the_event() -> None:
    evs = events_of("Umowa partnerska pomiędzy Gminą Kłodzko a Miastem Náchod")
    assert evs and evs[0][0] == "agreement"
    assert {n for n, _r in evs[0][1]} == {"Gmina Kłodzko", "Miasto Náchod"}


@pytest.mark.parametrize(
    "text, name",
    [
        # a town after a council is its genitive complement
        ("Uchwałę Rady Miejskiej Sandomierza przyjęto jednogłośnie.", "Rada Miejska Sandomierza"),
        # a university keeps its patron
        ("Studenci Uniwersytetu Mikołaja Kopernika przyjechali do Opola.", "Uniwersytet Mikołaja Kopernika"),
    ],
)
def test_complements_and_patrons(text: str, name: str) -> None:
    assert name in names_of(text, "organization")


def test_an_office_takes_no_patron() -> None:
    rec = record("Gości przywitał marszałek Województwa Jan Kowalczyk.")
    assert {e["name"] for e in rec["entities"] if e["type"] == "person"} == {"Jan Kowalczyk"}


def test_unknown_brands_opening_list_items_before_a_dash_are_companies() -> None:
    text = (
        "Wyróżnienia otrzymały firmy:\n- Kortexa – producent czujników,\n- Vemiro – dostawca oprogramowania."
    )
    assert {"Kortexa", "Vemiro"} <= names_of(text, "organization")


def test_a_plural_title_before_a_list_of_people_is_each_ones_title() -> None:
    roles = roles_of(
        "Województwo Opolskie reprezentowali wicemarszałkowie Jan Nowak i Adam Lis oraz skarbnik Ewa Sowa."
    )
    assert all(roles[p] == {"Województwo Opolskie"} for p in ("Jan Nowak", "Adam Lis", "Ewa Sowa")), roles


def test_a_place_and_its_unit_are_one_participant_of_a_visit() -> None:
    text = "Delegacja Izby Rzemieślniczej w Bydgoszczy z wizytą w Chełmnie spotkała się z Gminą Chełmno."
    evs = events_of(text)
    assert evs and all("Chełmno" not in [n for n, _r in roles] for _t, roles in evs), evs


def test_a_future_in_a_relative_clause_leaves_the_signing_done() -> None:
    evs = events_of(
        "Gmina Kórnik podpisała wczoraj umowę z Politechniką Poznańską, która będzie koordynatorem projektu."
    )
    assert [t for t, _r in evs] == ["agreement"]


def test_a_future_in_the_triggers_clause_makes_no_done_event() -> None:
    assert events_of("Gmina Kórnik będzie współpracować z Politechniką Poznańską.") == []


def test_guests_are_a_noun_and_receiving_them_is_a_visit() -> None:
    evs = events_of("Urząd Miasta Torunia przyjął gości z Uniwersytetu Warszawskiego.")
    assert evs == [("visit", [("Uniwersytet Warszawski", "visitor"), ("Urząd Miasta Toruń", "host")])] or (
        evs and evs[0][0] == "visit"
    )
    assert events_of("Na gali było wielu zagranicznych gości z Niemiec.") == []


def test_a_mission_statement_is_no_visit() -> None:
    assert events_of("Misją Klastra Drzewnego Warmii jest współpraca firm z regionu.") == []


@pytest.mark.parametrize("verb", ["podpisaliśmy", "podpisałem", "podpisałam", "podpisałyście"])
def test_first_and_second_person_past_verbs_are_read(verb: str) -> None:
    evs = events_of(f"Wczoraj {verb} porozumienie z Politechniką Opolską i Gminą Brzeg.")
    assert [t for t, _r in evs] == ["agreement"], verb


def test_investments_named_by_a_copula_list() -> None:
    evs = events_of("Największe nowe inwestycje w strefie to spółki Ferrum Tech oraz Baltic Foods.")
    investors = {n for t, roles in evs if t == "investment" for n, r in roles if r == "investor"}
    assert investors == {"Ferrum Tech", "Baltic Foods"}


def test_a_subsidiary_named_with_an_acronym_and_poland() -> None:
    assert "Lumo DTK Poland" in names_of("Zakład otworzyła spółka Lumo DTK Poland z branży meblarskiej.")


def test_one_part_of_a_hyphenated_company_name_is_that_company() -> None:
    text = "Spółka Ferro-Dachy S.A. otworzyła zakład. Prezes Dachów Jan Nowak mówił o planach firmy Dachy."
    orgs = names_of(text, "organization")
    assert orgs == {"Ferro-Dachy S.A."}, orgs


def test_membership_with_a_descriptor_before_the_group() -> None:
    evs = events_of("Politechnika Koszalińska przystąpiła do klastra Bałtycka Dolina Wodorowa.")
    assert (
        "membership",
        [("Bałtycka Dolina Wodorowa", "group"), ("Politechnika Koszalińska", "member")],
    ) in evs


def test_invest_in_a_region_is_an_agency() -> None:
    rec = record("Agencja współpracuje z Invest in Masovia od kilku lat.")
    assert [(e["name"], e["subtype"]) for e in rec["entities"] if e["type"] == "organization"] == [
        ("Invest in Masovia", "agency")
    ]


def test_the_subject_of_a_granting_verb_grants_and_a_dative_receives() -> None:
    evs = events_of("Ministerstwo Rozwoju przyznało nagrodę Politechnice Gdańskiej.")
    assert evs == [("award", [("Ministerstwo Rozwoju", "grantor"), ("Politechnika Gdańska", "recipient")])]


@pytest.mark.parametrize(
    "sentence, member, group",
    [
        # "włączyć się w/do": joining a project or a cluster, whichever order the reflexive takes
        (
            "Gmina Kórnik włączyła się w projekt Invest in Wielkopolska.",
            "Gmina Kórnik",
            "Invest in Wielkopolska",
        ),
        (
            "Do Klastra Obronnego włączyła się też Politechnika Łódzka.",
            "Politechnika Łódzka",
            "Klaster Obronny",
        ),
        # the group as the antecedent of "do którego należy"
        (
            "Wniosek Klastra Budowlanego, do którego należy firma Betomax, został wysoko oceniony.",
            "Betomax",
            "Klaster Budowlany",
        ),
    ],
)
def test_joining_and_belonging_give_membership(sentence: str, member: str, group: str) -> None:
    assert ("membership", sorted([(member, "member"), (group, "group")])) in events_of(sentence)


def test_joining_an_activity_is_no_membership() -> None:
    evs = events_of("Gmina Kórnik włączyła się w organizację festynu z Fundacją Ekologiczną.")
    assert all(typ != "membership" for typ, _ in evs)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # intransitive 'gościć' ("be a guest") next to a locative or "u": the subject is the guest
        (
            "Przedstawiciele firmy Volvo gościli w Urzędzie Miasta Wrocławia.",
            [("Urząd Miasta Wrocławia", "host"), ("Volvo", "visitor")],
        ),
        (
            "W Poznaniu gościli przedstawiciele Izby Przemysłowej w Lipsku.",
            [("Izba Przemysłowa w Lipsku", "visitor"), ("Poznań", "host")],
        ),
        # transitive 'gościć' keeps its subject as the host
        (
            "W poniedziałek Urząd Miasta Wrocławia gościł delegację z Saksonii.",
            [("Saksonia", "visitor"), ("Urząd Miasta Wrocławia", "host")],
        ),
        # those a delegation meets ("spotkać się z", "rozmowy z") are hosts, not guests
        (
            "Delegacja z Saksonii spotkała się z przedstawicielami Urzędu Miasta Wrocławia.",
            [("Saksonia", "visitor"), ("Urząd Miasta Wrocławia", "host")],
        ),
        (
            "W Pradze delegacja Agencji Rozwoju Pomorza odbyła rozmowy z Czeską Izbą Handlową.",
            [("Agencja Rozwoju Pomorza", "visitor"), ("Czeska Izba Handlowa", "host"), ("Praga", "host")],
        ),
    ],
)
def test_guests_and_hosts_of_a_visit(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert ("visit", expected) in events_of(sentence)


def test_the_year_naming_an_edition_dates_the_event() -> None:
    rec = record(
        "Porozumienie z firmą Alfa podpisała Agencja Rozwoju Pomorza podczas targów Expo 2018 w Dubaju."
    )
    # the fair is a conference of its own beside the signing (annotation.md), dated by the same year
    assert [(ev["type"], ev["date"]) for ev in rec["events"] if ev["type"] == "agreement"] == [
        ("agreement", "2018")
    ]


def test_a_horizon_year_after_the_article_dates_nothing() -> None:
    rec = record(
        "Podczas forum Strategia Rozwoju 2030 Agencja Rozwoju Pomorza podpisała porozumienie z firmą Alfa.",
        published="2024-05-02",
    )
    assert rec["events"] and all(not (ev["date"] or "").startswith("2030") for ev in rec["events"])


@pytest.mark.parametrize(
    "text, recipients",
    [
        # "miejsca na podium zajęły": a podium is a ranking's award, here for each town the list names
        (
            "W konkursie gmin przyjaznych inwestorom miejsca na podium zajęły gminy:\n- Kórnik\n- miasto Swarzędz\n",
            ["Kórnik", "Swarzędz"],
        ),
        # "stanąć na podium"
        (
            "Na podium stanęły Gmina Kórnik i Gmina Tarnowo Podgórne.",
            ["Gmina Kórnik", "Gmina Tarnowo Podgórne"],
        ),
    ],
)
def test_a_podium_place_is_an_award(text: str, recipients: list[str]) -> None:
    assert sorted(events_of(text)) == [("award", [(name, "recipient")]) for name in recipients]


@pytest.mark.parametrize(
    "sentence, recipient",
    [
        # the name of an award's category is no recipient
        (
            "Łódzka Specjalna Strefa Ekonomiczna zdobyła pierwsze miejsce w kategorii „Najlepsza Strefa Roku”.",
            "Łódzka Specjalna Strefa Ekonomiczna",
        ),
        # nor is the title a recipient wins ("tytuł X"), nor what it became ("została X-em")
        ("Gmina Kórnik zdobyła tytuł „Gmina Przyjazna Inwestorom”.", "Gmina Kórnik"),
        (
            "Klaster Bioenergia otrzymał wyróżnienie i został Krajowym Klastrem Kluczowym.",
            "Klaster Bioenergia",
        ),
    ],
)
def test_award_names_are_not_recipients(sentence: str, recipient: str) -> None:
    recipients = {name for typ, parts in events_of(sentence) if typ == "award" for name, _ in parts}
    assert recipients == {recipient}


@pytest.mark.parametrize(
    "sentence",
    [
        # the former owner of a site ("teren po X") is no investor
        "Nowa fabryka firmy Kerama powstanie na terenie po Zakładach Porcelany Ćmielów.",
        "Firma Kerama zbuduje halę na terenie po dawnych Zakładach Porcelany Ćmielów.",
    ],
)
def test_a_former_owner_of_the_site_is_no_investor(sentence: str) -> None:
    assert events_of(sentence) == [("investment", [("Kerama", "investor")])]


def test_a_second_town_after_an_adjective_acts_like_the_first() -> None:
    # "burmistrzowie A i niemieckiego B": both towns sign through their mayors
    evs = events_of("Burmistrzowie Wągrowca i niemieckiego Hagen podpisali wczoraj umowę o współpracy.")
    assert evs == [("agreement", [("Hagen", "party"), ("Wągrowiec", "party")])]


def test_country_of_origin_of_conference_guests_is_no_participant() -> None:
    evs = events_of("W forum gospodarczym w Białymstoku wzięli udział przedsiębiorcy z Polski i Litwy.")
    assert all(typ != "conference" for typ, _ in evs)
    # a town the guests come from still takes part
    assert ("conference", [("Opawa", "participant")]) in events_of(
        "W konferencji w Raciborzu wzięli udział goście z Opawy."
    )
