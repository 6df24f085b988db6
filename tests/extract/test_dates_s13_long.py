"""Event dates in longer, noisier news, session 13 (date19): constructions found among the date errors of the
readable own7 half, each with passages written for this test (names, dates and wording invented) and a near-miss
guard."""

from __future__ import annotations

from kooperacja import extract


def _dated(text: str, typ: str) -> list[str | None]:
    return [e.get("date") for e in extract(text)["events"] if e["type"] == typ]


# A done event that one sentence dates only by a year ("tegoroczna edycja", "w tym roku") takes the fuller date
# within that year that another of its own sentences gives ("Statuetki wręczono w środę").


def test_year_of_this_edition_gives_way_to_the_day_of_the_gala() -> None:
    text = (
        "Opole, 12.11.2025\n"
        "Gmina Dobrzeń Wielki wygrała tegoroczną edycję plebiscytu „Przyjazny Urząd”, organizowanego przez "
        "tygodnik Nowy Biznes. Statuetki wręczono w minioną środę podczas gali w Krakowie."
    )
    assert _dated(text, "award") == ["2025-11-05"]


def test_year_of_this_year_gives_way_to_the_opening_day() -> None:
    text = (
        "Płock, 20 maja 2026 r.\n"
        "Spółka Mazowiecka Galwanizernia oddała w tym roku do użytku nową halę w Płocku. Otwarcie odbyło się "
        "w poniedziałek 18 maja z udziałem prezydenta miasta."
    )
    assert _dated(text, "investment") == ["2026-05-18"]


def test_guard_a_date_of_another_year_does_not_replace_the_year() -> None:
    # near miss: the fuller date lies in another year than the event's, so the year stays
    text = (
        "Opole, 12.11.2025\n"
        "Gmina Dobrzeń Wielki wygrała tegoroczną edycję plebiscytu „Przyjazny Urząd”, organizowanego przez "
        "tygodnik Nowy Biznes. Poprzednie statuetki wręczono 14 listopada 2024 r. w Katowicach."
    )
    assert "2024-11-14" not in _dated(text, "award")


def test_guard_a_deal_with_another_party_told_next_keeps_the_year() -> None:
    # near miss: the next sentence tells a signing with a party the first deal does not name
    text = (
        "Nysa, 28 października 2024 r.\n"
        "Gmina Głuchołazy zawarła w 2024 r. umowę z firmą Stalmont na najem działki pod magazyn. Podpisanie "
        "porozumienia z Uniwersytetem Opolskim nastąpiło 9 października 2024 r. w ratuszu."
    )
    assert "2024-10-09" not in _dated(text, "agreement")


def test_guard_a_ceremony_of_another_occasion_keeps_the_year() -> None:
    # near miss: the ceremony told next is a jubilee, not the opening
    text = (
        "Suwałki, 2 grudnia 2024 r.\n"
        "W 2024 r. spółka Mleczna Dolina uruchomiła zakład w Augustowie. Uroczystość jubileuszu 20-lecia firmy "
        "odbyła się 14 października 2024 r. w Suwałkach."
    )
    assert _dated(text, "investment") == ["2024"]


def test_guard_a_month_of_a_relative_clause_stays_with_its_own_firm() -> None:
    # near miss: the month lies in a relative clause about another firm's office block; that firm's own
    # investment takes it (the clause tells its opening right after its name)
    text = (
        "Tarnów, 1.12.2026\n"
        "W tym roku w mieście przybędzie hala firmy Ferrox i biurowiec spółki Datalink. Ferrox przeznaczy "
        "na halę 300 mln zł, zaś Datalink, którego biurowiec otwarto w maju, ma już 90 pracowników."
    )
    assert _dated(text, "investment") == ["2026", "2026-05"]


def test_guard_a_month_of_another_firms_clause_stays_with_that_firm() -> None:
    # near miss: the month lies in the coordinate clause of the other firm; that firm's opening takes it
    text = (
        "Tarnów, 1.12.2026\n"
        "W tym roku w mieście przybędzie hala firmy Ferrox i biurowiec spółki Datalink. Ferrox przeznaczy "
        "na halę 300 mln zł, zaś Datalink w maju otworzył biurowiec przy dworcu."
    )
    assert _dated(text, "investment") == ["2026", "2026-05"]


# A done event whose date is written only inside a relative clause of its sentences (the background of another actor:
# "agencja, która w 2021 r. wydała decyzję") takes the date of the sentence right after one of its sentences that
# tells the happening ("Uroczyste otwarcie odbyło się …").


def test_a_relative_clause_year_gives_way_to_the_opening_told_next() -> None:
    text = (
        "Biuletyn Przemysłowy | nr 5/2025\n\n"
        "Spółka Odrzańskie Formy otworzyła w Nowej Soli nową odlewnię. Jej otwarcie nastąpiło "
        "w czwartek, 15 maja 2025 r.\n\n"
        "Projekt objęła ulgami strefa ekonomiczna, której rada nadzorcza zatwierdziła decyzję o wsparciu w 2021 r."
    )
    assert _dated(text, "investment") == ["2025-05-15"]


def test_guard_a_main_clause_date_stays() -> None:
    # near miss: the decision's year stands in the main clause of the event's own sentence, so nothing moves it
    text = (
        "Biuletyn Przemysłowy | nr 5/2025\n\n"
        "Spółka Odrzańskie Formy w 2021 r. otworzyła w Nowej Soli nową odlewnię. Odlewnia "
        "mieści cztery piece."
    )
    assert _dated(text, "investment") == ["2021"]


def test_guard_a_relative_clause_telling_the_signing_keeps_its_day() -> None:
    # near miss: the relative clause tells the signing itself; the ceremony told next is another happening
    text = (
        "Radom, 22 maja 2024 r.\n"
        "Porozumienie, które powiat radomski i firma Omega Tech podpisały 16 stycznia 2024 r., dotyczy budowy "
        "magazynu. Uroczystość wmurowania kamienia węgielnego odbyła się 18 kwietnia 2024 r."
    )
    assert _dated(text, "agreement") == ["2024-01-16"]


def test_guard_an_actor_signing_in_a_relative_clause_keeps_its_day() -> None:
    # near miss: the actor's relative clause tells the deal; the ceremony told next opens an office
    text = (
        "Sandomierz, 14 marca 2024 r.\n"
        "Gmina Koprzywnica, która 6 lutego 2024 r. zawarła umowę z firmą Sigma Trans, uzbraja teren pod "
        "magazyny. Uroczystość otwarcia nowego ratusza odbyła się 4 marca 2024 r."
    )
    assert _dated(text, "agreement") == ["2024-02-06"]


def test_guard_a_plant_handed_over_in_a_relative_clause_keeps_its_day() -> None:
    # near miss: the relative clause hands the plant over; the ceremony told next is a jubilee
    text = (
        "Kalisz, 12 czerwca 2024 r.\n"
        "Magazyn, który spółka Trans Kalisz oddała do użytku 4 czerwca 2024 r., ma 15 tys. m kw. "
        "powierzchni. Uroczystość z okazji 30-lecia firmy odbyła się 8 czerwca 2024 r. w Ostrowie."
    )
    assert _dated(text, "investment") == ["2024-06-04"]


# "Przy okazji otwarcia firma podpisała umowę": the opening of a plant or a centre is an occasion
# (``date_occasions.tsv``: otwarcie, inauguracja); an undated signing at it takes the date that another sentence gives
# the opening, not the article's day.


def test_signing_at_the_opening_takes_the_opening_day() -> None:
    text = (
        "Poznań, 27.03.2026\n"
        "Firma Optel Vision ma w Poznaniu nowe laboratorium kamer przemysłowych. Jego otwarcie przypadło "
        "na wtorek 24 marca.\n\n"
        "Pracownię obsłuży 12 techników.\n\n"
        "Przy okazji otwarcia firma zawarła z Uniwersytetem Adama Mickiewicza umowę o stażach."
    )
    assert _dated(text, "agreement") == ["2026-03-24"]


def test_signing_at_the_inauguration_takes_its_day() -> None:
    text = (
        "Toruń, 9 października 2025 r.\n"
        "W poniedziałek 6 października odbyła się inauguracja nowego centrum usług firmy Kujawskie Rachunki. "
        "Biuro zatrudni 150 księgowych.\n\n"
        "Podczas inauguracji firma zawarła porozumienie z Uniwersytetem Mikołaja Kopernika."
    )
    assert _dated(text, "agreement") == ["2025-10-06"]


def test_guard_signing_with_no_occasion_keeps_the_article_day() -> None:
    # near miss: the signing names no opening, so it stays on the article's day as a signing reported as news
    text = (
        "Poznań, 27.03.2026\n"
        "Firma Optel Vision ma w Poznaniu nowe laboratorium kamer przemysłowych. Jego otwarcie przypadło "
        "na wtorek 24 marca.\n\n"
        "Pracownię obsłuży 12 techników.\n\n"
        "Firma zawarła też z Uniwersytetem Adama Mickiewicza umowę o stażach."
    )
    assert "2026-03-24" not in _dated(text, "agreement")


def test_guard_the_opening_of_bids_is_no_opening_of_a_workshop() -> None:
    # near miss: "otwarcie ofert" and "otwarcie pracowni" are two occasions
    text = (
        "Leszno, 25 lutego 2025 r.\n"
        "Otwarcie ofert w przetargu na drogę do strefy odbyło się 14 lutego 2025 r. Złożono trzy oferty.\n\n"
        "Gmina stawia też na szkoły. Szuka inwestorów z branży spożywczej.\n\n"
        "Przy otwarciu nowej pracowni w technikum gmina Rydzyna podpisała porozumienie z Uniwersytetem "
        "Przyrodniczym."
    )
    assert "2025-02-14" not in _dated(text, "agreement")


def test_guard_the_opening_of_a_plant_is_no_opening_of_a_centre() -> None:
    # near miss: the plant opened a year before the centre at whose opening the letter was signed
    text = (
        "Katowice, 8 października 2025 r.\n"
        "W kwietniu 2024 r. nastąpiło otwarcie fabryki firmy Silmet w Tychach. Spółka zwiększyła potem "
        "produkcję.\n\n"
        "Firma inwestuje też w badania. Jej centrum w Gliwicach zatrudni 30 inżynierów.\n\n"
        "Podczas otwarcia laboratorium Silmet podpisał list intencyjny z Politechniką Śląską."
    )
    assert "2024-04" not in _dated(text, "letter_of_intent")


def test_guard_the_inauguration_of_a_programme_is_no_academic_year() -> None:
    # near miss: "inauguracja programu" and "inauguracja roku akademickiego" are two occasions
    text = (
        "Lublin, 7 października 2025 r.\n"
        "Inauguracja programu Lubelskie Rośnie miała miejsce w 2020 r. Od tego czasu przybyło 30 inwestorów."
        "\n\nStrefa wspiera też uczelnie. W tym tygodniu ogłosiła nabór stypendialny.\n\n"
        "Podczas inauguracji roku akademickiego Politechnika Lubelska podpisała umowę o współpracy z firmą "
        "Orion Systems."
    )
    assert "2020" not in _dated(text, "agreement")


# "Decyzje odebrali w czwartek:\n• Alfa …\n• Beta …": an undated event told in an item of a list takes the date of the
# line that opens the list (the sentence before its first item, ending with a colon).


def test_item_of_a_list_takes_the_date_of_its_lead_line() -> None:
    text = (
        "Łódź, 24 maja 2025 r.\n\n"
        "Łódzka Specjalna Strefa Ekonomiczna ma nowych inwestorów. Trzy firmy dostały w czwartek zezwolenia:\n"
        "• Polimer Zgierz Sp. z o.o. Spółka wyda 60 mln zł na nową linię do folii.\n"
        "• Kolejowe Hamulce S.A. Firma zbuduje w Kutnie halę montażową i przyjmie 50 osób.\n"
        "• Drukarnia Widzew Sp. z o.o., która za 35 mln zł wybuduje w Łodzi nowy zakład."
    )
    dates = _dated(text, "investment")
    assert dates and all(date == "2025-05-22" for date in dates)


def test_numbered_item_takes_the_date_of_its_lead_line() -> None:
    text = (
        "Rzeszów, 3.06.2026\n\n"
        "Na gali w ubiegły piątek nagrody otrzymali:\n"
        "1. Podkarpackie Łożyska S.A. – za eksport.\n"
        "2. Firma Sanockie Tworzywa – za inwestycje w nowe technologie.\n"
        "3. Gmina Dębica – za przyjazną obsługę przedsiębiorców."
    )
    dates = _dated(text, "award")
    assert dates and all(date == "2026-05-29" for date in dates)


def test_guard_a_list_after_an_undated_lead_stays_undated() -> None:
    # near miss: the lead line gives no date (a date of a line before it is no list's)
    text = (
        "Łódź, 22 maja 2025 r.\n\n"
        "W 2024 r. strefa miała rekordowe wyniki.\n\n"
        "Zezwolenia otrzymają wkrótce:\n"
        "• Polimer Zgierz Sp. z o.o. – producent folii opakowaniowych, który wyda 60 mln zł na nową linię.\n"
        "• Drukarnia Widzew Sp. z o.o. – wytwórca etykiet, który za 35 mln zł wybuduje w Łodzi nowy zakład."
    )
    assert "2024" not in _dated(text, "investment")


LONG_LIST = (
    "Łódź, 24 maja 2025 r.\n\n"
    "Łódzka Specjalna Strefa Ekonomiczna rozpoczęła sezon od nowych decyzji o wsparciu.\n\n"
    "Fot. Wręczenie decyzji / materiały ŁSSE\n\n"
    "{lead}\n"
    "• Polimer Zgierz Sp. z o.o. – producent folii opakowaniowych. Spółka wyda 60 mln zł na nową linię w Zgierzu "
    "i zatrudni 40 osób;\n"
    "• Kolejowe Hamulce S.A. – dostawca części do taboru, który postawi w Kutnie halę montażową. Koszt to 12 mln "
    "euro, a pracę dostanie 50 osób;\n"
    "• Drukarnia Widzew Sp. z o.o. – wytwórca etykiet, który za 35 mln zł wybuduje w Łodzi nowy zakład."
)


def test_guard_a_summing_up_lead_lends_no_date() -> None:
    # near miss: the lead tells a summary of earlier years, not the items' own happening
    text = (
        "Lublin, 6 kwietnia 2025 r.\n\n"
        "Rok 2024 był dla podstrefy udany. W marcu 2025 r. dyrektor strefy podsumował też poprzednie lata:\n"
        "- spółka Agrolux rozbudowała chłodnię w Kraśniku;\n"
        "- firma Drewmet uruchomiła tartak w Biłgoraju.\n"
        "Strefa szuka nowych inwestorów."
    )
    assert all(not (date or "").startswith("2025-03") for date in _dated(text, "investment"))


def test_guard_a_lead_naming_partners_at_a_meeting_lends_no_date() -> None:
    # near miss: the lead reports a meeting where the partners were named; the signings are older
    text = (
        "Poznań, 16 maja 2025 r.\n\n"
        "Na spotkaniu z dziennikarzami 13 maja 2025 r. rektor wymienił dotychczasowych partnerów uczelni:\n"
        "• uniwersytet podpisał umowę o współpracy z firmą Solaris;\n"
        "• wydział fizyki zawarł porozumienie z gminą Suchy Las.\n"
        "Kolejne umowy są w przygotowaniu."
    )
    assert "2025-05-13" not in _dated(text, "agreement")


def _investors_dates(text: str) -> dict[str, str | None]:
    rec = extract(text)
    names = {e["id"]: e["name"] for e in rec["entities"]}
    return {
        names[p["entity"]]: e.get("date")
        for e in rec["events"]
        if e["type"] == "investment"
        for p in e["participants"]
        if p["role"] == "investor"
    }


def test_last_item_of_a_long_list_takes_the_lead_lines_day() -> None:
    dates = _investors_dates(LONG_LIST.format(lead="Dokumenty odebrali w czwartek:"))
    assert dates.get("Drukarnia Widzew Sp. z o.o.") == "2025-05-22"


def test_guard_a_lead_line_with_no_colon_lends_nothing() -> None:
    # near miss: the line before the items is a sentence of its own (no colon opens an enumeration)
    dates = _investors_dates(LONG_LIST.format(lead="W czwartek strefa świętowała jubileusz."))
    assert dates.get("Drukarnia Widzew Sp. z o.o.") != "2025-05-22"


# "Miasto Alfa wygrało tegoroczną edycję rankingu. Nagrody wręczono we wtorek podczas gali. … Drugie miejsce zajęła
# gmina Beta.": the sentences naming the ranking's occasions give a year and a day within it (and a start of the series:
# "ranking organizowany jest od 2018 r."); an undated award of the document takes the fullest of those nested dates.


RANKING = (
    "Kraków, 11.09.2025\n\n"
    "Miasto Wadowice wygrało tegoroczną edycję rankingu „Gmina z Energią”, przygotowanego przez kwartalnik "
    "Samorząd i Rozwój. Nagrody wręczono we wtorek podczas gali w Krakowie.\n\n"
    "Drugie miejsce zajęła gmina Skawina, a trzecie – gmina Niepołomice.\n\n"
    "{tail}"
)


def test_second_place_takes_the_gala_day_within_this_years_edition() -> None:
    text = RANKING.format(tail="Ranking organizowany jest od 2018 r.")
    assert _dated(text, "award") == ["2025-09-09"] * 3


def test_guard_dates_that_do_not_nest_leave_the_places_undated() -> None:
    # near miss: a sentence naming the ranking with another year's winner gives a date that does not nest with this
    # year's, so the second and third places stay undated
    text = RANKING.format(tail="W rankingu z 2023 r. wygrała gmina Bochnia.")
    assert _dated(text, "award")[1:3] == [None, None]


def test_guard_an_entry_period_is_no_day_of_the_awards() -> None:
    # near miss: the fuller date tells when entries were taken, not the handing out
    text = (
        "Gdańsk, 29 października 2025 r.\n\n"
        "Ranking Bursztynowe Firmy powstaje w 2025 r. po raz ósmy. Do rankingu zgłaszać się można było od 3 do "
        "28 lutego 2025 r., a wyniki poznamy zimą.\n\n"
        "Pierwsze miejsce zajęła firma Elbląskie Okna. Drugie miejsce przypadło spółce Kociewie Pak."
    )
    assert all(not (date or "").startswith("2025-02") for date in _dated(text, "award"))


def test_guard_preparations_of_the_gala_are_no_day_of_the_awards() -> None:
    # near miss: the fuller date tells when the gala's preparations began
    text = (
        "Poznań, 21 listopada 2025 r.\n\n"
        "Tegoroczna gala odbyła się w 2025 r. w hali targowej. Przygotowania do gali ruszyły 7 stycznia 2025 r."
        "\n\nNagrodę Lidera Zmian otrzymała spółka Wielkopolski Cukier. Wyróżnienie zdobyła firma Nowa Stal."
    )
    assert "2025-01-07" not in _dated(text, "award")


# "Linia wystartuje w 2028 r. Firma zawarła wcześniej ugodę z gminą.": a happening told in the past takes no date of a
# neighbour that tells a plant's step to come, where the article's own date is unknown too.


def test_signing_told_done_takes_no_date_of_a_start_to_come() -> None:
    text = (
        "Fabryka sprężarek w Stalowej Woli\n\n"
        "Spółka Sanwent Kompresory zamierza zbudować w Stalowej Woli nową fabrykę. Linia montażowa ruszy "
        "w III kwartale 2028 r. Zawczasu firma zawarła z Politechniką Rzeszowską porozumienie o praktykach."
    )
    assert _dated(text, "agreement") == [None]


def test_guard_signing_after_a_past_dated_sentence_keeps_its_day() -> None:
    # near miss: the neighbour tells a deed done on a day, so the signing keeps that day
    text = (
        "Fabryka sprężarek w Stalowej Woli\n\n"
        "Spółka Sanwent Kompresory otworzyła 12 marca 2024 r. w Stalowej Woli nową fabrykę. Firma podpisała "
        "porozumienie z Politechniką Rzeszowską o praktykach."
    )
    assert _dated(text, "agreement") == ["2024-03-12"]
