"""One invented sentence (or two) for each participant rule of session 7 (issue 8, item 3), besides the battery
(`test_participant_battery_s7part.py`): a place that is the subject of a verb acts, an agreeing adjective before a
place does not hide what governs it, a kind noun or the subject of the sentence before completes the parties and
the members, an impersonal signing takes its parties from the sentence before, a sentence that opens with "strony"
names the parties of the one before, the agent of a hosting verb's passive hosts, and a list line of places breaks
at "i"."""

from __future__ import annotations

import pytest

import kooperacja


def _events(text: str) -> list[tuple[str, set[tuple[str, str]]]]:
    rec = kooperacja.extract(text, doc_id="r", published="2024-05-10")
    names = {e["id"]: e["name"] for e in rec["entities"]}
    return [(e["type"], {(names[p["entity"]], p["role"]) for p in e["participants"]}) for e in rec["events"]]


def _has(text: str, typ: str, want: set[tuple[str, str]]) -> bool:
    return any(t == typ and parts == want for t, parts in _events(text))


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        # a list of places before a past verb
        ("W piątek Bochnia i czeska Ostrawa podpisały porozumienie o współpracy.", {"Bochnia", "Ostrawa"}),
        # a place that cannot be a genitive after a phrase of time
        (
            "Od zeszłej jesieni Kalisz i Kowno są miastami partnerskimi. Umowę podpisano w ratuszu.",
            {"Kalisz", "Kowno"},
        ),
    ],
)
def test_places_that_are_subjects_sign(text: str, towns: set[str]) -> None:
    found = _events(text)
    assert any(t == "agreement" and {n for n, _ in p} == towns for t, p in found), found


def test_a_place_governed_by_a_noun_is_no_subject() -> None:
    # "na terenie gminy Kłodawa powstała": the town locates the plant, it does not act
    found = _events("Na terenie gminy Kłodawa firma Terwal podpisała umowę ze spółką Rolbud.")
    assert all("Kłodawa" not in {n for n, _ in p} for _t, p in found), found


def test_an_agreeing_adjective_before_a_ranked_town() -> None:
    text = "W rankingu miast przyjaznych biznesowi pierwsze miejsce zajęła Gdynia, a trzecie Opole."
    assert _has(text, "award", {("Opole", "recipient")})
    assert _has(text, "award", {("Gdynia", "recipient")})


def test_an_adjective_after_a_preposition_locates() -> None:
    found = _events("Firma Dentex podpisała w pięknym Krakowie umowę ze spółką Medbud.")
    assert any(t == "agreement" and p == {("Dentex", "party"), ("Medbud", "party")} for t, p in found), found


def test_a_kind_noun_completes_the_parties() -> None:
    text = "Uniwersytet Zielonogórski rozwija badania nad winem. Uczelnia zawarła umowę z Gminą Nowogród Bobrzański."
    assert _has(
        text, "agreement", {("Uniwersytet Zielonogórski", "party"), ("Gmina Nowogród Bobrzański", "party")}
    )


def test_the_subject_before_joins_a_cluster() -> None:
    text = "Firma Solarix produkuje panele. W marcu dołączyła do Klastra Energii Odnawialnej."
    assert _has(text, "membership", {("Solarix", "member"), ("Klaster Energii Odnawialnej", "group")})


def test_an_impersonal_signing_takes_the_parties_before() -> None:
    text = "Władze Gminy Ryki i zarząd spółki Agrofarm spotkali się w urzędzie. Zawarto tam porozumienie o współpracy."
    assert _has(text, "agreement", {("Gmina Ryki", "party"), ("Agrofarm", "party")})


def test_an_impersonal_signing_in_a_new_paragraph_takes_nothing() -> None:
    text = "Władze Gminy Ryki i zarząd spółki Agrofarm spotkali się w urzędzie.\n\nZawarto porozumienie o współpracy."
    assert not any(t == "agreement" for t, _p in _events(text))


def test_the_parties_named_in_the_next_sentence() -> None:
    text = "Wczoraj podpisano umowę o współpracy. Stronami umowy są Instytut Włókiennictwa i spółka Linotex."
    assert _has(text, "agreement", {("Instytut Włókiennictwa", "party"), ("Linotex", "party")})


def test_the_agent_of_a_hosting_passive_hosts() -> None:
    text = "Delegacja z Litwy została przywitana przez Urząd Gminy Sejny."
    assert _has(text, "visit", {("Litwa", "visitor"), ("Urząd Gminy Sejny", "host")})


def test_a_list_line_of_towns_breaks_at_i() -> None:
    text = "Wyróżnienia w rankingu gmin otrzymały:\n- miasto Wieliczka, miasto Niepołomice i Skawina"
    found = [p for t, p in _events(text) if t == "award"]
    assert {frozenset(p) for p in found} >= {
        frozenset({("Wieliczka", "recipient")}),
        frozenset({("Niepołomice", "recipient")}),
        frozenset({("Skawina", "recipient")}),
    }, found


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # "miasto" reads as an old preposition too; here it is the noun before a ranked town
        ("W tegorocznym rankingu najlepiej wypadły Toruń oraz miasto Gniezno.", "Gniezno"),
        # "a" reads as a preposition too; here it joins two clauses
        ("W rankingu Lublin zajął trzecie miejsce, a Rzeszów piąte.", "Rzeszów"),
    ],
)
def test_a_word_that_also_reads_as_a_preposition(text: str, town: str) -> None:
    found = [p for t, p in _events(text) if t == "award"]
    assert {(town, "recipient")} in found, found


def test_participants_told_in_the_next_sentence() -> None:
    text = (
        "Warsztaty zorganizował Pomorski Park Naukowy. Uczestniczyły w nich spółki Baltmar i Navitech oraz "
        "Akademia Morska w Gdyni."
    )
    assert _has(
        text,
        "conference",
        {
            ("Pomorski Park Naukowy", "organizer"),
            ("Baltmar", "participant"),
            ("Navitech", "participant"),
            ("Akademia Morska w Gdyni", "participant"),
        },
    )


def test_a_next_sentence_with_an_event_of_its_own_lends_nobody() -> None:
    text = "Forum zorganizowała Izba Gospodarcza Alfa. Po nim uczestnicy podpisali umowę ze spółką Betamet."
    found = [p for t, p in _events(text) if t == "conference"]
    assert all(("Betamet", "participant") not in p for p in found), found


def test_the_organiser_of_a_study_trip_visits() -> None:
    text = "W maju odbyła się wizyta studyjna w Danii zorganizowana przez Kujawską Izbę Rolniczą."
    found = [p for t, p in _events(text) if t == "visit"]
    assert any(("Kujawska Izba Rolnicza", "visitor") in p for p in found), found


def test_a_delegation_noun_takes_part_for_its_senders() -> None:
    text = (
        "Delegacja Województwa Opolskiego przebywa z wizytą w Saksonii. Drugiego dnia delegacja wzięła udział w "
        "konferencji o rolnictwie."
    )
    assert _has(text, "conference", {("Województwo Opolskie", "participant")})


def test_the_organiser_of_a_contest_named_before_grants() -> None:
    text = (
        "Plebiscyt zorganizowała Izba Gospodarcza Mazur. Statuetki i nagrody otrzymały firmy Warmex i Lakpol."
    )
    assert _has(text, "award", {("Warmex", "recipient"), ("Izba Gospodarcza Mazur", "grantor")})
    assert _has(text, "award", {("Lakpol", "recipient"), ("Izba Gospodarcza Mazur", "grantor")})


def test_an_award_received_from_someone() -> None:
    text = "Spółka Ortopol otrzymała wyróżnienie od Polskiej Agencji Rozwoju Przedsiębiorczości."
    assert _has(
        text, "award", {("Ortopol", "recipient"), ("Polska Agencja Rozwoju Przedsiębiorczości", "grantor")}
    )
