"""Events and figures on sentences written for the tests: types, roles, modality, dates, values."""

from __future__ import annotations

import kooperacja


def events_of(text: str, published: str | None = None) -> list[dict]:
    rec = kooperacja.extract(text, doc_id="t", published=published)
    names = {e["id"]: e["name"] for e in rec["entities"]}
    out = []
    for ev in rec["events"]:
        out.append(
            {
                "type": ev["type"],
                "date": ev["date"],
                "status": ev.get("status", "done"),
                "roles": sorted((names[p["entity"]], p["role"]) for p in ev["participants"]),
                "place": names.get(ev["place"]),
            }
        )
    return out


def test_signed_agreement_with_date_and_place() -> None:
    evs = events_of(
        "We wtorek 14 maja 2024 r. w Rzeszowie Podkarpacka Agencja Rozwoju podpisała porozumienie "
        "o współpracy z Politechniką Rzeszowską."
    )
    assert len(evs) == 1
    ev = evs[0]
    assert ev["type"] == "agreement"
    assert ev["date"] == "2024-05-14"
    assert ev["place"] == "Rzeszów"
    assert ev["roles"] == [("Podkarpacka Agencja Rozwoju", "party"), ("Politechnika Rzeszowska", "party")]


def test_signatories_listed_after_a_colon() -> None:
    text = (
        "Wczoraj w Opolu podpisano list intencyjny w sprawie klastra wodorowego. Sygnatariusze listu:\n"
        "– Opolska Izba Gospodarcza,\n– Politechnika Opolska,\n– Gmina Kędzierzyn-Koźle."
    )
    evs = events_of(text, published="2024-02-10")
    assert [e["type"] for e in evs] == ["letter_of_intent"]
    assert evs[0]["date"] == "2024-02-09"
    assert {r for r, _ in evs[0]["roles"]} == {
        "Opolska Izba Gospodarcza",
        "Politechnika Opolska",
        "Gmina Kędzierzyn-Koźle",
    }


def test_plans_wishes_topics_and_denials_are_no_events() -> None:
    for text in (
        "Łódzka Specjalna Strefa Ekonomiczna planuje podpisać porozumienie z Uniwersytetem Łódzkim.",
        "Porozumienia między Gminą Kielce a Targami Kielce ostatecznie nie podpisano.",
        "Wizyta delegacji Izby Handlowej w Rzeszowie została odwołana.",
        "Tematem spotkania Urzędu Miasta Lublin z Politechniką Lubelską było nawiązanie współpracy.",
    ):
        assert events_of(text) == [], text


def test_planned_event_with_a_concrete_date() -> None:
    evs = events_of(
        "Forum Gospodarcze odbędzie się 10 października, a jego organizatorem będzie Lubelski Park "
        "Naukowo-Technologiczny.",
        published="2024-09-01",
    )
    assert len(evs) == 1
    assert evs[0]["type"] == "conference"
    assert evs[0]["status"] == "planned"
    assert evs[0]["date"] == "2024-10-10"


def test_visit_roles() -> None:
    evs = events_of(
        "Delegacja Izby Przemysłowo-Handlowej w Monachium odwiedziła Wałbrzyską Specjalną Strefę Ekonomiczną."
    )
    assert len(evs) == 1 and evs[0]["type"] == "visit"
    roles = dict(evs[0]["roles"])
    assert roles["Wałbrzyska Specjalna Strefa Ekonomiczna"] == "host"


def test_one_investment_per_investor_and_its_figures() -> None:
    text = (
        "Na terenie Katowickiej Specjalnej Strefy Ekonomicznej spółka Alfa Components zainwestuje 120 mln zł "
        "i utworzy 250 nowych miejsc pracy."
    )
    rec = kooperacja.extract(text, doc_id="t")
    names = {e["id"]: e["name"] for e in rec["entities"]}
    invest = [e for e in rec["events"] if e["type"] == "investment"]
    assert len(invest) == 1
    roles = {names[p["entity"]]: p["role"] for p in invest[0]["participants"]}
    assert roles == {"Alfa Components": "investor", "Katowicka Specjalna Strefa Ekonomiczna": "host"}
    figs = {(names[f["entity"]], f["metric"], f["value"], f["unit"]) for f in rec["figures"]}
    assert ("Alfa Components", "investment", 120000000, "PLN") in figs
    assert ("Alfa Components", "jobs", 250, "count") in figs


def test_zone_totals_belong_to_the_zone() -> None:
    text = (
        "Legnicka Specjalna Strefa Ekonomiczna obejmuje 12 gmin. Działa w niej ponad 200 przedsiębiorstw, "
        "które zainwestowały ok. 27 mld zł i stworzyły 40 tys. miejsc pracy."
    )
    rec = kooperacja.extract(text, doc_id="t")
    figs = {(f["metric"], f["value"], f["unit"], f["qualifier"]) for f in rec["figures"]}
    assert figs == {
        ("companies", 200, "count", "more_than"),
        ("investment", 27000000000, "PLN", "approx"),
        ("jobs", 40000, "count", "exact"),
    }


def test_sectors_through_lemmas() -> None:
    rec = kooperacja.extract(
        "Klaster zrzesza firmy z branży motoryzacyjnej, elektromobilności oraz odnawialnych źródeł energii.",
        "t",
    )
    assert set(rec["sectors"]) == {"automotive", "electromobility", "renewable_energy"}


def test_a_date_opening_the_sentence_dates_the_event() -> None:
    evs = events_of(
        "W czwartek 12 października 2023 r. Wałbrzyska Specjalna Strefa Ekonomiczna „INVEST-PARK” podpisała umowę "
        "o współpracy z Politechniką Wrocławską."
    )
    assert [(e["type"], e["date"]) for e in evs] == [("agreement", "2023-10-12")]


def test_quoted_conference_title_is_its_name() -> None:
    rec = kooperacja.extract(
        "W Gdańsku odbyła się konferencja „Morska Energetyka Wiatrowa 2024”, zorganizowana przez Pomorską "
        "Specjalną Strefę Ekonomiczną.",
        "t",
    )
    conf = [e for e in rec["events"] if e["type"] == "conference"]
    assert conf and conf[0]["name"] == "Morska Energetyka Wiatrowa 2024"
    names = {e["id"]: e["name"] for e in rec["entities"]}
    assert {(names[p["entity"]], p["role"]) for p in conf[0]["participants"]} == {
        ("Pomorska Specjalna Strefa Ekonomiczna", "organizer")
    }


def test_generic_company_word_before_a_foreign_name_is_dropped() -> None:
    rec = kooperacja.extract(
        "Firma Toyota Motor Manufacturing Poland rozbudowała fabrykę w Jelczu-Laskowicach.", "t"
    )
    names = {(e["name"], e["type"]) for e in rec["entities"]}
    assert ("Toyota Motor Manufacturing Poland", "organization") in names
    assert any(t == "place" and n.replace("-", " ") == "Jelcz Laskowice" for n, t in names)


def test_membership_stated_as_among_the_partners() -> None:
    evs = events_of(
        "Wśród partnerów Dolnośląskiego Klastra Lotniczego jest m.in. Agencja Rozwoju Aglomeracji Wrocławskiej."
    )
    assert [(e["type"], e["roles"]) for e in evs] == [
        (
            "membership",
            [
                ("Agencja Rozwoju Aglomeracji Wrocławskiej", "member"),
                ("Dolnośląski Klaster Lotniczy", "group"),
            ],
        )
    ]


def test_host_named_by_its_premises_and_membership_stated_as_a_state() -> None:
    evs = events_of(
        "Wczoraj w siedzibie Katowickiej Specjalnej Strefy Ekonomicznej gościła delegacja z Korei Południowej."
    )
    assert [(e["type"], e["roles"]) for e in evs] == [
        ("visit", [("Katowicka Specjalna Strefa Ekonomiczna", "host"), ("Korea Południowa", "visitor")])
    ]
    evs = events_of(
        "Od 2015 roku Pomorska Specjalna Strefa Ekonomiczna jest członkiem stowarzyszenia World Free Zones Organization."
    )
    assert [(e["type"], e["date"], e["roles"]) for e in evs] == [
        (
            "membership",
            "2015",
            [("Pomorska Specjalna Strefa Ekonomiczna", "member"), ("World Free Zones Organization", "group")],
        )
    ]


def test_a_contest_name_is_no_recipient() -> None:
    evs = events_of(
        "Klaster Bioenergia dla Regionu został laureatem konkursu Krajowy Klaster Kluczowy, organizowanego przez "
        "Ministerstwo Rozwoju."
    )
    assert [(e["type"], e["roles"]) for e in evs] == [
        ("award", [("Klaster Bioenergia dla Regionu", "recipient"), ("Ministerstwo Rozwoju", "grantor")])
    ]
