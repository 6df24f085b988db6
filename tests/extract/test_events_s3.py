"""Events, session 3: merging the reports of one visit, one cooperation per partner of a hub (sentences
written for the tests)."""

from __future__ import annotations

from tests.extract.test_events_figures import events_of


def test_cooperation_of_a_hub_is_one_event_per_partner() -> None:
    evs = events_of(
        "Mazowiecki Klaster Chemiczny współpracuje z Politechniką Warszawską, "
        "Instytutem Chemii Przemysłowej oraz Uniwersytetem Warszawskim."
    )
    coops = [e for e in evs if e["type"] == "cooperation"]
    assert len(coops) == 3
    for e in coops:
        assert ("Mazowiecki Klaster Chemiczny", "party") in e["roles"]
        assert len(e["roles"]) == 2
    assert {r for e in coops for r, _ in e["roles"]} >= {
        "Politechnika Warszawska",
        "Instytut Chemii Przemysłowej",
        "Uniwersytet Warszawski",
    }


def test_two_sentences_of_one_visit_make_one_visit() -> None:
    evs = events_of(
        "W dniach 3-5 marca 2024 r. delegacja Opolskiej Izby Gospodarczej przebywała z wizytą w Ołomuńcu. "
        "Podczas wizyty delegacja Izby Przemysłowej z Brna odwiedziła Park Technologiczny Ołomuniec."
    )
    visits = [e for e in evs if e["type"] == "visit"]
    assert len(visits) == 1, visits


def test_zero_subject_takes_the_subject_of_the_sentence_before() -> None:
    evs = events_of(
        "Fundacja Rozwoju Przedsiębiorczości od lat wspiera młodych przedsiębiorców. "
        "W poniedziałek podpisała z Wojewódzkim Urzędem Pracy w Kielcach porozumienie o wspólnych szkoleniach."
    )
    agreements = [e for e in evs if e["type"] == "agreement"]
    assert len(agreements) == 1, evs
    assert {r for r, _ in agreements[0]["roles"]} == {
        "Fundacja Rozwoju Przedsiębiorczości",
        "Wojewódzki Urząd Pracy w Kielcach",
    }


def test_future_in_a_relative_clause_after_a_preposition_leaves_the_signing_done() -> None:
    evs = events_of(
        "Politechnika Lubelska i Lubelska Fundacja Rozwoju podpisały porozumienie, na mocy którego "
        "w przyszłym roku zostanie otwarte wspólne laboratorium."
    )
    assert [(e["type"], e["status"]) for e in evs] == [("agreement", "done")], evs


def test_plant_verbs_and_phrases_state_an_investment() -> None:
    for text, investor in (
        ("Spółka Tarkon Polska zmodernizowała swój zakład w Kutnie.", "Tarkon Polska"),
        ("Spółka Tarkon Polska modernizuje halę w Kutnie.", "Tarkon Polska"),
        ("Koncern Vega Motors uruchomił produkcję akumulatorów w Jaworznie.", "Vega Motors"),
        ("Firma Vega Motors rozpoczęła produkcję części w Mielcu.", "Vega Motors"),
        ("Firma Vega Motors przeniosła produkcję do Kalisza.", "Vega Motors"),
        ("Spółka Lyra Glass oddała do użytku nową halę w Sandomierzu.", "Lyra Glass"),
        ("Firma Vega Motors uruchamia produkcję opon w Dębicy.", "Vega Motors"),
        ("Spółka Lyra Glass oddaje do użytku magazyn w Tczewie.", "Lyra Glass"),
        ("Spółka Lyra Glass otworzyła nową halę w Tczewie.", "Lyra Glass"),
        ("Spółka Lyra Glass kupiła działkę w Tczewie.", "Lyra Glass"),
        ("Spółka Lyra Glass nabyła teren w Tczewie.", "Lyra Glass"),
        ("Firma Altair Software otworzyła biuro w Rzeszowie.", "Altair Software"),
        ("Firma Altair Software otworzyła oddział w Lublinie.", "Altair Software"),
        (
            "Nowym inwestorem w Wałbrzyskiej Specjalnej Strefie Ekonomicznej jest spółka Deneb Tech.",
            "Deneb Tech",
        ),
    ):
        evs = [e for e in events_of(text) if e["type"] == "investment"]
        assert len(evs) == 1, text
        assert (investor, "investor") in evs[0]["roles"], (text, evs)


def test_a_joint_project_states_a_cooperation() -> None:
    evs = events_of("Politechnika Gdańska realizuje wspólny projekt z Portem Gdynia.")
    assert [(e["type"], e["roles"]) for e in evs] == [
        ("cooperation", [("Politechnika Gdańska", "party"), ("Port Gdynia", "party")])
    ]


def test_organisers_named_after_the_verb_by_a_copula_or_in_a_list() -> None:
    for text, organizers in (
        (
            "Konferencję zorganizowały Izba Gospodarcza w Kielcach i Politechnika Świętokrzyska.",
            {"Izba Gospodarcza w Kielcach", "Politechnika Świętokrzyska"},
        ),
        (
            "Forum zorganizowane przez Izbę Gospodarczą w Kielcach i Politechnikę Świętokrzyską zgromadziło "
            "stu gości.",
            {"Izba Gospodarcza w Kielcach", "Politechnika Świętokrzyska"},
        ),
        (
            "Izba Gospodarcza w Kielcach była współorganizatorem seminarium o wodorze.",
            {"Izba Gospodarcza w Kielcach"},
        ),
        ("Politechnika Świętokrzyska była gospodarzem kongresu o energii.", {"Politechnika Świętokrzyska"}),
    ):
        evs = [e for e in events_of(text) if e["type"] == "conference"]
        assert len(evs) == 1, text
        assert {n for n, r in evs[0]["roles"] if r == "organizer"} == organizers, (text, evs)


def test_the_object_of_an_organising_verb_does_not_organise() -> None:
    evs = events_of("Izba Gospodarcza w Kielcach zorganizowała konferencję dla Politechniki Świętokrzyskiej.")
    assert [e["roles"] for e in evs] == [
        [("Izba Gospodarcza w Kielcach", "organizer"), ("Politechnika Świętokrzyska", "participant")]
    ]


def test_imperfective_partners_come_from_the_dictionary() -> None:
    from kooperacja.extract.lexicon import lexicon
    from kooperacja.extract.triggers import with_aspect_partners

    lex = lexicon("pl")
    rows = with_aspect_partners("pl", lex.triggers, frozenset(lex.modality))
    for perfective, imperfective in (
        ("przystąpić", "przystępować"),
        ("uruchomić", "uruchamiać"),
        ("nagrodzić", "nagradzać"),
        ("zainwestować", "inwestować"),
        ("wyróżnić", "wyróżniać"),
    ):
        assert set(lex.triggers[perfective]) & set(rows[imperfective]), imperfective
    assert "postawać" not in rows  # a known verb, but not the partner of "postawić"
    assert "deklarować" not in rows or "deklarować" in lex.triggers  # a plan word is no partner


def test_imperfective_verbs_state_events_and_citing_founds_nothing() -> None:
    evs = events_of("Gmina Borowo przystępuje do Stowarzyszenia Gmin Górskich.")
    assert [(e["type"], e["roles"]) for e in evs] == [
        ("membership", [("Gmina Borowo", "member"), ("Stowarzyszenie Gmin Górskich", "group")])
    ]
    evs = events_of("Zarząd Województwa Lubuskiego nagradza Spółkę Tarkon Polska za innowacje.")
    assert [e["type"] for e in evs] == ["award"]
    assert events_of("Na dane z raportu powołuje się Polska Agencja Inwestycji i Handlu.") == []


def test_a_plural_award_noun_opening_a_list_names_one_award_per_item() -> None:
    text = (
        "Te firmy budują markę regionu – mówił Jan Kowalski, organizator Forum Przedsiębiorców w Opolu. "
        "Oto laureaci:\n"
        "- Tarkon Polska sp. z o.o. – za rozwój eksportu,\n"
        "- Lyra Glass S.A. – za nowoczesną fabrykę."
    )
    evs = events_of(text)
    awards = [e for e in evs if e["type"] == "award"]
    assert {r for e in awards for r, role in e["roles"] if role == "recipient"} >= {
        "Tarkon Polska sp. z o.o.",
        "Lyra Glass S.A.",
    }, evs
    assert not [e for e in evs if e["type"] == "conference" and len(e["roles"]) > 1], evs


def test_a_lasting_cooperation_is_apart_from_the_agreement_signed_now() -> None:
    evs = events_of(
        "Politechnika Gdańska podpisała porozumienie z Portem Gdynia oraz Stocznią Nauta. "
        "Port Gdynia od ponad dekady współpracuje z Uniwersytetem Morskim przy szkoleniach."
    )
    assert sorted(e["type"] for e in evs) == ["agreement", "cooperation"], evs
    coop = next(e for e in evs if e["type"] == "cooperation")
    assert coop["roles"] == [("Port Gdynia", "party"), ("Uniwersytet Morski", "party")]


def test_parties_after_between_may_follow_a_common_noun() -> None:
    for text, parties in (
        ("Współpraca między Gminą Borowo a miastem Lwów ma długą historię.", {"Gmina Borowo", "Lwów"}),
        ("Porozumienie między miastem Kielce a miastem Winnica ma już 20 lat.", {"Kielce", "Winnica"}),
    ):
        evs = events_of(text)
        assert len(evs) == 1, text
        assert {n for n, _ in evs[0]["roles"]} == parties, (text, evs)


def test_one_membership_per_member() -> None:
    evs = events_of(
        "Do Klastra Energii Dolina Baryczy przystąpiły Gmina Milicz, Gmina Krośnice oraz Powiat Milicki."
    )
    assert sorted(e["roles"] for e in evs if e["type"] == "membership") == [
        [("Gmina Krośnice", "member"), ("Klaster Energii Dolina Baryczy", "group")],
        [("Gmina Milicz", "member"), ("Klaster Energii Dolina Baryczy", "group")],
        [("Klaster Energii Dolina Baryczy", "group"), ("Powiat Milicki", "member")],
    ]


def test_the_coordinator_named_in_a_relative_clause_is_no_member() -> None:
    evs = events_of(
        "Spółka Tarkon Polska została członkiem Klastra Lubuskie Drewno, którego koordynatorem jest "
        "Lubuska Izba Gospodarcza."
    )
    assert [e["roles"] for e in evs if e["type"] == "membership"] == [
        [("Klaster Lubuskie Drewno", "group"), ("Tarkon Polska", "member")]
    ]


def test_a_wish_stated_by_a_clause_is_no_event() -> None:
    assert (
        events_of("Chcemy, żeby w Strefie Alfa powstawały nowe zakłady – mówił prezes Spółki Tarkon Polska.")
        == []
    )


def test_a_visit_or_conference_that_frames_a_signing_lends_it_no_parties() -> None:
    for text in (
        "Podczas wizyty w Kielcach Gmina Borowo podpisała porozumienie z Politechniką Świętokrzyską.",
        "W trakcie konferencji w Kielcach Gmina Borowo podpisała porozumienie z Politechniką Świętokrzyską.",
    ):
        evs = events_of(text)
        assert [(e["type"], e["roles"]) for e in evs] == [
            ("agreement", [("Gmina Borowo", "party"), ("Politechnika Świętokrzyska", "party")])
        ], (text, evs)


def test_an_infinitive_of_purpose_is_no_event() -> None:
    assert events_of("Spółka Tarkon Polska zebrała kapitał, żeby zainwestować w Kutnie.") == []
    # the purchase is one, the warehouse it is bought for is not
    evs = events_of("Spółka Tarkon Polska kupiła działkę, aby zbudować na niej magazyn.")
    assert [(e["type"], e["roles"]) for e in evs] == [("investment", [("Tarkon Polska", "investor")])]


def test_a_thing_that_arose_before_the_verb_founds_nothing() -> None:
    evs = events_of("Spółka Tarkon Polska ma halę, w której pierwszy silnik powstał w 1990 roku.")
    assert [e for e in evs if e["type"] == "founding"] == []
    evs = events_of("Świętokrzyski Klaster Energii powstał w 2019 roku.")
    assert [(e["type"], e["roles"]) for e in evs] == [
        ("founding", [("Świętokrzyski Klaster Energii", "founded")])
    ]
