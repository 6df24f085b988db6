"""Session 12 (misfix13): the open misfires the s11 reviewers verified and nobody fixed (closing11.md, "Left
undone"). Each misfire has a counter-example in new words (it failed on main f94af84) and a guard of the rule's
intended case. Companies are invented; towns and lands are real places.

Pass count on main f94af84: 14 of 29 (the guards; the two tests of rows under an empty line never return there);
on s12-misfix13: 28 of 29 (n a strict xfail). Items skipped (see the report): c, f, j, n, p.

fixmis13 (the reviewer revmis13's misfires of those changes, items o, a, b, d, k, e): 12 more cases, the tests marked
"fixmis13"; on s12-int 186a0fa 30 of 41 pass (the 10 new counter-examples fail, 1 strict xfail); now 40 of 41."""

from __future__ import annotations

from typing import Any

import pytest

import kooperacja


def _rec(text: str) -> dict[str, Any]:
    return kooperacja.extract(text, doc_id="m", published="2025-06-10")


def _orgs(rec: dict[str, Any]) -> dict[str, str | None]:
    return {e["name"]: e.get("subtype") for e in rec["entities"] if e["type"] == "organization"}


def _events(rec: dict[str, Any]) -> list[tuple[str, str | None, str | None, set[tuple[str, str]]]]:
    names = {e["id"]: e["name"] for e in rec["entities"]}
    return [
        (
            ev["type"],
            ev.get("status"),
            ev.get("date"),
            {(names[p["entity"]], p["role"]) for p in ev["participants"]},
        )
        for ev in rec["events"]
    ]


def _types(rec: dict[str, Any]) -> list[str]:
    return [ev["type"] for ev in rec["events"]]


# --- d) a verb of giving up denies what it governs, not every event of its sentence --------------------------------


def test_giving_up_one_plan_leaves_the_agreement_of_the_other_clause() -> None:
    rec = _rec(
        "Spółka Ferrox porzuciła plany budowy hali w Kutnie, ale podpisała umowę z Politechniką Łódzką."
    )
    assert "agreement" in _types(rec)
    assert "investment" not in _types(rec)


def test_giving_up_a_plant_denies_it() -> None:
    assert "investment" not in _types(_rec("Spółka Ferrox porzuciła plany budowy hali w Kutnie."))
    assert "investment" not in _types(_rec("Spółka Ferrox zrezygnowała z budowy hali w Kutnie."))


def test_an_agreement_broken_later_in_its_sentence_is_denied() -> None:
    assert "agreement" not in _types(
        _rec("Spółka Ferrox podpisała umowę z Gminą Kutno, ale po roku ją zerwała.")
    )


@pytest.mark.parametrize(
    "text",
    [
        "Spółka Ferrox zrezygnowała – jak tłumaczy jej prezes – z budowy fabryki w Radomiu.",
        "Spółka Ferrox zrezygnowała, jak podał urząd miasta, z budowy fabryki w Radomiu.",
    ],
)
def test_a_reporting_aside_does_not_block_the_denial(text: str) -> None:
    # fixmis13: a verb in an aside set off by dashes or commas is no predicate of its own
    assert not any(t == "investment" and st != "negated" for t, st, *_r in _events(_rec(text)))


def test_a_clause_after_a_conjunction_between_commas_still_blocks() -> None:
    # guard: ", ale podpisała," opens a clause of its own, its agreement stands
    rec = _rec(
        "Spółka Ferrox zerwała współpracę z Gminą Radom, ale podpisała, po długich rozmowach, umowę z Politechniką Łódzką."
    )
    assert any(t == "agreement" and st != "negated" for t, st, *_r in _events(rec))


# --- m) the administration of a state of a federation is regional ------------------------------------------------


def test_a_state_administration_is_regional() -> None:
    rec = _rec(
        "Spółka Ferrox podpisała porozumienie z Administracją Stanu Teksas w sprawie budowy zakładu w Austin."
    )
    assert _orgs(rec).get("Administracja Stanu Teksas") == "regional_government"


def test_the_administration_of_the_united_states_stays_national() -> None:
    rec = _rec("Spółka Ferrox podpisała porozumienie z Administracją Stanów Zjednoczonych.")
    assert _orgs(rec).get("Administracja Stanów Zjednoczonych") == "national_government"


# --- q) a building named after a body, where something takes place, is a venue, not the body ------------------------


def test_a_building_named_after_a_land_administration_is_a_venue() -> None:
    rec = _rec(
        "Konferencję zorganizowano w Budynku Administracji Kraju Morawskiego w Brnie. Wzięła w niej udział spółka Ferrox."
    )
    places = {e["name"] for e in rec["entities"] if e["type"] == "place"}
    assert "Budynek Administracji Kraju Morawskiego" in places
    assert not any("Administracja" in n for n in _orgs(rec))


def test_a_building_as_the_subject_still_names_its_office() -> None:
    # guard: the building noun in the nominative is no venue's head; the office is the organisation
    rec = _rec("Budynek Starostwa Powiatowego w Oleśnicy przejdzie remont za 4 mln zł.")
    assert not any(e["name"].startswith("Budynek") for e in rec["entities"])


# --- b) "nasz klaster" is the text's own cluster, the first named, not the last ---------------------------------


def _group(rec: dict[str, Any]) -> set[str]:
    return {n for t, _s, _d, ps in _events(rec) if t == "membership" for n, r in ps if r == "group"}


def test_our_cluster_is_the_first_cluster_named_not_the_last() -> None:
    rec = _rec(
        "Klaster Drzewny Podkarpacie współpracuje z Klastrem Energii Lubelszczyzna. "
        "Do naszego klastra dołączyła w maju spółka Woodex."
    )
    assert _group(rec) == {"Klaster Drzewny Podkarpacie"}


def test_the_cluster_without_a_possessive_is_the_nearest() -> None:
    # guard: a bare kind noun still points at the nearest body of its kind
    rec = _rec(
        "Klaster Drzewny Podkarpacie podpisał umowę z Klastrem Energii Lubelszczyzna. "
        "Do klastra dołączyła w maju spółka Woodex."
    )
    assert _group(rec) == {"Klaster Energii Lubelszczyzna"}


def _members(rec: dict[str, Any]) -> set[str]:
    return {n for t, _s, _d, ps in _events(rec) if t == "membership" for n, r in ps if r == "member"}


def test_our_cluster_is_the_one_of_the_speaker_named_after_the_quote() -> None:
    # fixmis13: the speaker's cluster, named in the sentence of the quote, is "ours" and no member
    rec = _rec(
        "Podlaski Klaster Spożywczy podpisał porozumienie o współpracy z Pomorskim Klastrem Morskim. "
        "– Do naszego klastra przystąpiła właśnie spółka Woodex – powiedziała Ewa Kos, prezes Pomorskiego Klastra "
        "Morskiego."
    )
    assert _group(rec) == {"Pomorski Klaster Morski"}
    assert _members(rec) == {"Woodex"}


# --- h) a dotless "Corp" or "Kft" ends a company's name and stays in it ------------------------------------------


def test_a_dotless_corp_or_kft_stays_in_the_name() -> None:
    orgs = _orgs(_rec("Umowę podpisały spółki Alvento Corp i Dunamet Kft w Gliwicach."))
    assert "Alvento Corp" in orgs
    assert "Dunamet Kft" in orgs


def test_a_dotted_corp_still_ends_the_name() -> None:
    # guard: the dotted form, as before
    assert "Brenvale Corp." in _orgs(
        _rec("Zakład w Gliwicach otworzy spółka Brenvale Corp. w przyszłym roku.")
    )


# --- k) a foreign man's surname in "-a", declined as a feminine noun, gets its base form ---------------------------


def _persons(rec: dict[str, Any]) -> set[str]:
    return {e["name"] for e in rec["entities"] if e["type"] == "person"}


def test_a_foreign_surname_in_a_after_a_declined_given_name() -> None:
    rec = _rec(
        "Delegację z Indii prowadził prezes Sanjay Mehta. Umowę podpisano w obecności prezesa Sanjaya Mehty z firmy Ferrox."
    )
    assert "Sanjay Mehta" in _persons(rec)
    assert "Sanjay Mehty" not in _persons(rec)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ferrox podpisał umowę z agencją HIPA w obecności dyrektora Gábora Nagy.", "Gábor Nagy"),
        ("Umowę podpisano w obecności dyrektora Lászlóa Szapáry.", "László Szapáry"),
        ("Umowę podpisano w obecności dyrektora Zoltána Kovácsy.", "Zoltán Kovácsy"),
    ],
)
def test_a_foreign_surname_written_in_y_keeps_it(text: str, name: str) -> None:
    # fixmis13: an "-a" base form only where the text writes it; a Hungarian surname ends in "-y" as written
    assert name in _persons(_rec(text))


def test_a_foreign_surname_in_a_consonant_keeps_its_plain_base() -> None:
    # guard: the man's endings as before ("Verbeeka" -> "Verbeek")
    assert "Roland Verbeek" in _persons(_rec("W obecności prezesa Rolanda Verbeeka podpisano umowę."))


# --- o) "rok przed kongresem": a gathering's noun that tells a point of time is no gathering of the sentence -------


_CONGRESS = "W dniach 14–16 maja 2025 r. w Katowicach trwał Europejski Kongres Gospodarczy. "


def test_a_day_a_year_before_the_congress_makes_no_congress_of_that_day() -> None:
    rec = _rec(
        _CONGRESS + "Spółki Ferrox i Metalplan podpisały umowę o współpracy 12 maja, rok przed kongresem."
    )
    assert not any(t == "conference" for t, *_rest in _events(rec))


def test_taking_part_in_the_congress_keeps_its_range() -> None:
    # guard: the congress as what the firms took part in
    rec = _rec(_CONGRESS + "Spółki Ferrox i Metalplan wzięły udział w kongresie.")
    assert any(t == "conference" and d == "2025-05-14/2025-05-16" for t, _s, d, _p in _events(rec))


@pytest.mark.parametrize(
    "text",
    [
        "Na miesiąc przed targami swój udział potwierdziły spółki Ferrox i Metalplan. "
        "Targi Expo Radom odbędą się 12 czerwca w Radomiu.",
        "Na dwa tygodnie przed targami Expo Radom, które odbędą się 12 czerwca w Radomiu, swoje stoiska "
        "zarezerwowały spółki Ferrox i Metalplan.",
    ],
)
def test_a_span_before_a_planned_fair_keeps_the_fair(text: str) -> None:
    # fixmis13: a gathering after "miesiąc przed" is a point of time only in a sentence of another event's trigger
    parts = {n for t, _s, _d, ps in _events(_rec(text)) if t == "conference" for n, _r in ps}
    assert {"Ferrox", "Metalplan"} <= parts


def test_a_day_before_the_conference_a_signing_makes_no_participants() -> None:
    # guard: the signing sentence tells the agreement; the conference is its time
    rec = _rec("Na dzień przed konferencją Ferrox podpisał umowę z Gminą Radom.")
    assert not any(t == "conference" for t, *_rest in _events(rec))
    assert any(t == "agreement" for t, *_rest in _events(rec))


# --- a) "Jej udział wzrósł": a pronoun's share is no taking part in the fair named before ---------------------------


_FAIR = "W październiku w Kielcach odbędą się Targi Obróbki Metali. "


def test_a_share_of_her_own_is_no_taking_part() -> None:
    rec = _rec(_FAIR + "Jej udział wzrósł, podobnie jak udział firm Ferrox i Metalplan.")
    assert not any(t == "conference" for t, *_rest in _events(rec))


def test_taking_part_pointed_at_by_a_pronoun_after_a_preposition() -> None:
    # guards: "udział w nich" points back at the fair; "swój udział zgłosiły" is the elliptic taking part
    for text in (
        "Udział w nich zapowiedziały firmy Ferrox i Metalplan.",
        "Swój udział zgłosiły firmy Ferrox i Metalplan.",
    ):
        parts = {n for t, _s, _d, ps in _events(_rec(_FAIR + text)) if t == "conference" for n, _r in ps}
        assert parts == {"Ferrox", "Metalplan"}, text


def test_their_taking_part_confirmed_after_a_fair() -> None:
    # fixmis13: a pronoun before "udział" tells a share only before a verb of change; "Ich udział potwierdziły"
    rec = _rec(
        "Targi Metalowe Radom odbędą się 12 czerwca 2025 roku w Radomiu. "
        "Ich udział potwierdziły już spółki Ferrox i Metalplan."
    )
    parts = {n for t, _s, _d, ps in _events(rec) if t == "conference" for n, _r in ps}
    assert parts == {"Ferrox", "Metalplan"}


# --- a hang found on the way: rows of unknown words under an empty line ------------------------------------------


def test_rows_under_an_empty_line_end_in_time() -> None:
    # the walk over the row block stood still at an empty line above the rows (main f94af84 never returned)
    import time

    start = time.monotonic()
    _rec("Spółka Ferrox podała wyniki.\n\nEbitda – 14 mln zł\nCapex – 38 mln zł")
    assert time.monotonic() - start < 20


# --- n) rows of unknown words before amounts are no firms ----------------------------------------------------------


# passes since s13 fig18: the names of financial metrics the dictionary does not know are no organisations
# (name_not_orgs.tsv, kind metric); the ranking-row rule stays for unknown firms
def test_metric_rows_under_an_empty_line_are_no_firms() -> None:
    rec = _rec("Spółka Ferrox podała wyniki.\n\nEbitda – 14 mln zł\nCapex – 38 mln zł")
    assert set(_orgs(rec)) == {"Ferrox"}


def test_a_bulleted_firm_with_a_description_is_still_a_firm() -> None:
    # guard: the list-item rule that stays ("- Betamax – producent opakowań")
    rec = _rec("Do klastra należą:\n- Korvitex – producent opakowań\n- Telvimo – producent mebli\n")
    assert {"Korvitex", "Telvimo"} <= set(_orgs(rec))


# --- g) an organiser sentence with a year said of something else keeps its roles --------------------------------


def _roles_of(rec: dict[str, Any], typ: str) -> set[tuple[str, str]]:
    return {p for t, _s, _d, ps in _events(rec) if t == typ for p in ps}


def test_an_organiser_with_a_year_since_keeps_its_role() -> None:
    rec = _rec(
        "W Rzeszowie odbył się Kongres Przemysłu 2025. "
        "Organizatorem kongresu, działającym od 2012 roku, była Izba Gospodarcza Podkarpacia."
    )
    assert ("Izba Gospodarcza Podkarpacia", "organizer") in _roles_of(rec, "conference")


def test_an_earlier_edition_still_names_no_organiser() -> None:
    # guard: a year of the organising itself tells another edition
    rec = _rec(
        "W Rzeszowie odbył się Kongres Przemysłu. Po raz pierwszy przygotowała go w 2015 roku Izba Gospodarcza Podkarpacia."
    )
    assert ("Izba Gospodarcza Podkarpacia", "organizer") not in _roles_of(rec, "conference")


# --- e) the stem of a land in a body's name: letters that alternate, short names ---------------------------------


def test_the_office_of_the_land_visited_hosts_despite_an_alternating_stem() -> None:
    rec = _rec(
        "Delegacja przedsiębiorców z Wietnamu odwiedziła Łódź. "
        "Organizatorem wizyty był Urząd Marszałkowski Województwa Łódzkiego."
    )
    assert ("Urząd Marszałkowski Województwa Łódzkiego", "host") in _roles_of(rec, "visit")


def test_the_office_of_an_outbound_mission_still_goes_with_it() -> None:
    # guard: the office of the land the mission leaves from is no host
    rec = _rec(
        "Przedsiębiorcy z Łodzi wzięli udział w misji gospodarczej do Wietnamu. "
        "Organizatorem misji był Urząd Marszałkowski Województwa Łódzkiego."
    )
    assert ("Urząd Marszałkowski Województwa Łódzkiego", "host") not in _roles_of(rec, "visit")


def test_shares_stem_folds_letters_and_takes_short_names_whole() -> None:
    from kooperacja.extract.event_draft import shares_stem

    assert shares_stem(["Łódź"], "Urząd Miasta Łodzi", 4)
    assert shares_stem(["Lwów"], "Lwowska Izba Gospodarcza", 5)
    assert not shares_stem(["Wietnam"], "Urząd Marszałkowski Województwa Łódzkiego", 4)


def test_a_three_letter_place_word_is_no_stem() -> None:
    # fixmis13: "Sól" (of "Nowa Sól") is no stem of "Solec": the office of the visitors' town stays with them
    rec = _rec(
        "Delegacja przedsiębiorców z Solca Kujawskiego odwiedziła w maju Nową Sól. "
        "Organizatorem wizyty był Urząd Miejski w Solcu Kujawskim."
    )
    assert ("Urząd Miejski w Solcu Kujawskim", "host") not in _roles_of(rec, "visit")
    from kooperacja.extract.event_draft import shares_stem

    assert not shares_stem(["Nowa Sól"], "Urząd Miejski w Solcu Kujawskim", 4)


# --- l) a title is not cut after its preposition: the name it governs stays in it, as written ---------------------


def _titles(rec: dict[str, Any]) -> set[str]:
    return {r["title"] for e in rec["entities"] if e["type"] == "person" for r in e.get("roles", [])}


def test_a_title_keeps_the_name_after_its_preposition() -> None:
    rec = _rec("Głos zabrała Anna Nowak, pełnomocnik marszałka do spraw współpracy z Ukrainą.")
    assert _titles(rec) == {"pełnomocnik marszałka do spraw współpracy z Ukrainą"}


def test_a_title_before_a_company_in_the_genitive_stays_short() -> None:
    # guard: no preposition before the name, the organisation is the role's, not the title's
    assert _titles(_rec("Obecny był Piotr Lis, prezes zarządu spółki Ferrox.")) == {"prezes zarządu spółki"}


# --- i) "spotkać się" names no person: a firm or a brand meets with interest too -----------------------------------


def test_a_brand_meeting_with_interest_is_no_person() -> None:
    rec = _rec(
        "Oferta jest szeroka. Quorvel Brandix spotkała się z dużym zainteresowaniem inwestorów z Niemiec."
    )
    assert not _persons(rec)


def test_a_verb_of_coming_still_names_a_foreign_person() -> None:
    # guard: the person rows that stay
    assert "Ravi Tandukar" in _persons(_rec("Ravi Tandukar przyjechał do Rzeszowa na rozmowy o inwestycji."))
