"""Event dates on mixed news, session 12 (date17): a date told in one item of a list of investments dates that item's
investment only, not its siblings' (the items share the zone that gave the decisions and are merged as one report,
then split per investor). Every sentence is written for this test. On s12-int b6eb50a the list test fails (every
item took the one date); it passes after the fix, and the guards pass before and after. The `_signing_at_a_stop` tests:
a signing in a town the dated mission stopped at takes the mission's dates; its guard, a signing in another town,
keeps the date of the report. fixdate17's tests (below): a next sentence naming one actor dates the whole event; the
guard, a dated item of a numbered list, keeps its own date."""

from __future__ import annotations

from kooperacja import extract


def _investments(text: str) -> dict[str, str | None]:
    rec = extract(text)
    names = {e["id"]: e["name"] for e in rec["entities"]}
    out: dict[str, str | None] = {}
    for ev in rec["events"]:
        if ev["type"] != "investment":
            continue
        for p in ev["participants"]:
            if p["role"] == "investor":
                out[names[p["entity"]]] = ev.get("date")
    return out


LIST = (
    "Dwie firmy z Podkarpacia otrzymały decyzje o wsparciu Specjalnej Strefy Ekonomicznej "
    "Podkarpackie Wrota:\n\n"
    "– Kornex Tools sp. z o.o. rozbuduje halę w Dębicy za 14 mln zł i zatrudni 25 osób,\n"
    "– Balmet S.A. wybuduje w Sanoku nową lakiernię; inwestycję za 9 mln zł zakończy w II kwartale 2028 r.\n"
)


def test_date_of_one_list_item_stays_with_its_investor() -> None:
    got = _investments(LIST)
    assert any(k.startswith("Balmet") for k in got), got
    assert all((v or "").startswith("2028") for k, v in got.items() if k.startswith("Balmet")), got
    assert all(not (v or "").startswith("2028") for k, v in got.items() if k.startswith("Kornex")), got


def test_guard_date_of_the_whole_report_dates_every_investor() -> None:
    # near miss: the date stands in the sentence that names both investors, so both investments take it
    text = (
        "Kornex Tools sp. z o.o. i Balmet S.A. otrzymały 12 marca 2026 r. decyzje o wsparciu Specjalnej Strefy "
        "Ekonomicznej Podkarpackie Wrota. Firmy zainwestują łącznie 23 mln zł w zakłady w Dębicy i Sanoku."
    )
    got = _investments(text)
    assert len(got) == 2, got
    assert all(v == "2026-03-12" for v in got.values()), got


def test_guard_single_investor_takes_the_date_of_a_later_sentence() -> None:
    # near miss: one investor told in two sentences, the later one dated: the one investment keeps the date
    text = (
        "Balmet S.A. otrzymał decyzję o wsparciu Specjalnej Strefy Ekonomicznej Podkarpackie Wrota. Spółka wybuduje "
        "w Sanoku lakiernię za 9 mln zł i zakończy inwestycję w II kwartale 2028 r."
    )
    got = _investments(text)
    assert got and all((v or "").startswith("2028") for v in got.values()), got


def _signing_dates(text: str) -> list[str | None]:
    return [e.get("date") for e in extract(text)["events"] if e["type"] in ("agreement", "letter_of_intent")]


def test_signing_at_a_stop_of_a_dated_mission_takes_the_mission_dates() -> None:
    text = (
        "Gdynia, 20.05.2026\n\nOd 4 do 8 maja trwała misja handlowa pomorskich stoczni w Szwecji. Jej uczestnicy "
        "odwiedzili Sztokholm i Göteborg.\n\nW Göteborgu spółka Dokmar zawarła umowę serwisową ze szwedzką firmą "
        "Varvsteknik AB."
    )
    assert _signing_dates(text) == ["2026-05-04/2026-05-08"]


def test_guard_signing_in_another_town_keeps_the_date_of_the_report() -> None:
    # near miss: the town of the signing is no stop of the mission, so the signing is news of the article's day
    text = (
        "Gdynia, 20.05.2026\n\nOd 4 do 8 maja trwała misja handlowa pomorskich stoczni w Szwecji. Jej uczestnicy "
        "odwiedzili Sztokholm i Göteborg.\n\nW Gdyni spółka Dokmar zawarła umowę serwisową ze szwedzką firmą "
        "Varvsteknik AB."
    )
    assert all(d != "2026-05-04/2026-05-08" for d in _signing_dates(text))


# fixdate17: the per-actor date is kept only for a dated item of a list; an ordinary next sentence about the same
# happening that names one of its actors dates the whole event (every actor's), as before date17.


def _actor_dates(text: str, kind: str) -> dict[str, tuple[str | None, str | None]]:
    rec = extract(text)
    names = {e["id"]: e["name"] for e in rec["entities"]}
    out: dict[str, tuple[str | None, str | None]] = {}
    for ev in rec["events"]:
        if ev["type"] != kind:
            continue
        for p in ev["participants"]:
            if p["role"] in ("investor", "recipient", "member"):
                out[names[p["entity"]]] = (ev.get("date"), ev.get("status"))
    return out


def test_next_sentence_naming_one_investor_dates_the_joint_investment() -> None:
    text = (
        "Radom, 10 marca 2026 r.\n\nSpółki Voltmar S.A. i Hydrovit sp. z o.o. wspólnie wybudują w Pionkach "
        "zakład produkcji pomp ciepła za 80 mln zł. Voltmar rozpocznie budowę zakładu w maju 2026 r."
    )
    got = _actor_dates(text, "investment")
    assert any(k.startswith("Hydrovit") for k in got), got
    assert all(v[0] == "2026-05" for v in got.values()), got
    assert all(v[1] == "planned" for v in got.values()), got


def test_next_sentence_naming_one_winner_dates_the_award() -> None:
    text = (
        "Radom, 10 marca 2026 r.\n\nTytuł Lidera Innowacji otrzymały firmy Termolux sp. z o.o. i Hydrovit S.A. "
        "Hydrovit odebrał statuetkę 6 marca 2026 r. podczas gali w Radomiu."
    )
    got = _actor_dates(text, "award")
    assert any(k.startswith("Termolux") for k in got), got
    assert all(v[0] == "2026-03-06" for v in got.values()), got


def test_joined_by_a_partner_dates_both_memberships() -> None:
    text = (
        "Radom, 10 marca 2026 r.\n\nDo Mazowieckiego Klastra Chemicznego należy już 40 firm. Voltmar sp. z o.o. "
        "dołączył do klastra 3 marca 2026 r. wspólnie z firmą Hydrovit S.A."
    )
    got = _actor_dates(text, "membership")
    assert all(v[0] == "2026-03-03" for v in got.values()), got


def test_guard_numbered_list_item_keeps_its_own_date() -> None:
    text = (
        "Dwie firmy z Podkarpacia otrzymały decyzje o wsparciu Specjalnej Strefy Ekonomicznej Podkarpackie Wrota:\n\n"
        "1. Kornex Tools sp. z o.o. rozbuduje halę w Dębicy za 14 mln zł i zatrudni 25 osób,\n"
        "2. Balmet S.A. wybuduje w Sanoku nową lakiernię; inwestycję za 9 mln zł zakończy w II kwartale 2028 r.\n"
    )
    got = _investments(text)
    assert all((v or "").startswith("2028") for k, v in got.items() if k.startswith("Balmet")), got
    assert all(not (v or "").startswith("2028") for k, v in got.items() if k.startswith("Kornex")), got


def test_signing_in_the_dateline_town_after_an_incoming_visit_keeps_the_report_date() -> None:
    # fixdate17: a delegation came to the dateline's town; a signing told there later is news of the article's day
    text = (
        "Gdynia, 20.05.2026\n\nW dniach 4–6 maja 2026 r. delegacja z Bergen odwiedziła Gdynię. Goście rozmawiali z "
        "władzami portu.\n\nW Gdyni spółka Morlift S.A. podpisała umowę z firmą Dokserwis sp. z o.o. na remont "
        "nabrzeża."
    )
    assert all(d != "2026-05-04/2026-05-06" for d in _signing_dates(text)), _signing_dates(text)


def test_signing_far_after_the_mission_paragraph_is_no_stop_of_it() -> None:
    # fixdate17: two paragraphs of other matters lie between the mission and the signing in one of its towns
    text = (
        "Gdynia, 20.05.2026\n\nW dniach 4–8 maja 2026 r. przedsiębiorcy z Pomorza odwiedzili Oslo i Bergen.\n\n"
        "Port w Gdyni notuje rekordowe przeładunki kontenerów.\n\nMiasto planuje też nowy terminal promowy.\n\n"
        "W Bergen spółka Morlift S.A. podpisała umowę serwisową z firmą Fjordkran AS."
    )
    assert all(d != "2026-05-04/2026-05-08" for d in _signing_dates(text)), _signing_dates(text)


def test_signing_in_the_next_paragraph_at_a_stop_of_an_outgoing_mission_takes_its_dates() -> None:
    # kept case (fixdate17): companies from the dateline's region visit two towns abroad; the next paragraph tells a
    # signing in one of them
    text = (
        "Gdynia, 20.05.2026\n\nW dniach 4–8 maja 2026 r. przedsiębiorcy z Pomorza odwiedzili Oslo i Bergen.\n\n"
        "W Bergen spółka Morlift S.A. podpisała umowę serwisową z firmą Fjordkran AS."
    )
    assert _signing_dates(text) == ["2026-05-04/2026-05-08"]
