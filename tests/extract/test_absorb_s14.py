"""Event dates and parties leaking from a neighbouring sentence, session 14 (absorb14): a blind battery written before
reading the merge code or any errors.

Invented passages in the shapes of Polish investment and cooperation news: a zone's yearly tally next to one firm's
decision; two investors in one paragraph, one of them with a year of its own; a visit with a quoted return visit of
the month before; portal header lines "Opublikowano DATE w SECTION" over a two-party signing; and near misses where
the neighbouring sentence rightly dates the event (the same firm's decision told over two sentences, the date in
the second).

Every text is written for this test. Old code (main 81aa4fc): 12 of 19 passed; after this session's rules (a venue
looked for inside the mention's sentence only, a nominative name no venue): 14 of 19. The rules that passed the
zone's tally, the byline's " w SECTION" and the split "natomiast" signing were dropped after review (each misfired on
ordinary news); those passages are strict xfails again.
"""

from __future__ import annotations

import pytest
from tests.extract.battery import passage_params, print_passage_count
from tests.extract.test_event_dates_s11date import Passage, check

P = Passage
PASSAGES: list[Passage] = [
    # --- a zone's tally of a year donates no date to one firm's event
    P(
        "zone_tally_after_undated_decision",
        "Olsztyn, 27 lutego 2026 r.\nFirma Mazurski Drób rozbuduje ubojnię w Ostródzie i przyjmie 35 nowych "
        "pracowników. Na rozbudowę spółka wyda 18 mln zł. Przez cały 2025 rok zarząd warmińsko-mazurskiej strefy "
        "przyznał przedsiębiorcom 31 decyzji o wsparciu.",
        None,
        (("investment", None, "Drób", None),),
    ),
    P(
        "zone_tally_before_dated_decision",
        "Łódź, 3 marca 2026 r.\nW ubiegłym roku Łódzka Specjalna Strefa Ekonomiczna wydała 58 decyzji o wsparciu. "
        "W lutym decyzję otrzymała także spółka Polwelt, która zbuduje w Kutnie magazyn za 25 mln zł.",
        None,
        (("investment", "2026-02", "Polwelt", None),),
    ),
    P(
        "zone_summary_of_year_then_firm",
        "Mielec, 8 stycznia 2026 r.\nRekordowy rok w strefie. W 2025 roku inwestorzy zadeklarowali w strefie nakłady "
        "rzędu 2 mld zł. Firma Avimet zbuduje w Mielcu halę produkcyjną za 60 mln zł i zatrudni 120 osób.",
        None,
        (("investment", None, "Avimet", None),),
    ),
    P(
        "zone_tally_opens_the_list",
        "Koszalin, 19 marca 2026 r.\nRok 2025 zamknął się w pomorskiej strefie liczbą 19 decyzji o wsparciu. Wśród "
        "nich jest decyzja dla spółki Kaszubskie Meble, która postawi w Kościerzynie fabrykę mebli za 70 mln zł.",
        None,
        (("investment", "2025", "Meble", None),),
    ),
    # --- another investor's year stays with it
    P(
        "two_investors_one_with_last_year",
        "Kutno, 12 maja 2026 r.\nFirma Rolpak zbuduje w Kutnie zakład produkcji opakowań za 50 mln zł. W ubiegłym "
        "roku spółka Agrofol uruchomiła w tej samej strefie linię do produkcji folii za 30 mln zł.",
        None,
        (("investment", None, "Rolpak", None), ("investment", "2025", "Agrofol", None)),
    ),
    P(
        "other_firm_date_in_next_sentence",
        "Opole, 20 kwietnia 2026 r.\nSpółka Odra Pellets zainwestuje 35 mln zł w nową linię do produkcji pelletu. "
        "W marcu decyzję o wsparciu dostała też firma Brzeg Metal, która rozbuduje swoją odlewnię.",
        None,
        (("investment", None, "Pellets", None), ("investment", "2026-03", "Brzeg Metal", None)),
    ),
    # --- a quoted return visit does not date the visit
    P(
        "visit_quoted_return_visit",
        "Poznań, 22 października 2025 r.\nDelegacja przedsiębiorców z Saksonii odwiedziła Wielkopolski Park "
        "Naukowo-Technologiczny. – To rewizyta. W zeszłym miesiącu to my odwiedziliśmy Drezno – powiedział "
        "prezes parku Jan Nowicki.",
        None,
        (("visit", None, "Saks", None),),
    ),
    # --- near misses: the same firm's event told over two sentences takes the second sentence's date
    P(
        "same_firm_date_in_second_sentence",
        "Stalowa Wola, 2 lutego 2026 r.\nSpółka Hutstal zbuduje w Stalowej Woli nową walcownię za 80 mln zł. "
        "Decyzję o wsparciu firma otrzymała 15 stycznia.",
        None,
        (("investment", "2026-01-15", "Hutstal", None),),
    ),
    P(
        "same_firm_named_again_with_month",
        "Wrocław, 10 czerwca 2026 r.\nFirma Dolchem rozbuduje zakład w Jelczu-Laskowicach i zatrudni 40 osób. "
        "Spółka Dolchem otrzymała decyzję o wsparciu w maju.",
        None,
        (("investment", "2026-05", "Dolchem", None),),
    ),
    P(
        "same_signing_date_in_second_sentence",
        "Rzeszów, 30 marca 2026 r.\nGmina Dębica i spółka Podkarpackie Opony podpisały umowę o współpracy przy "
        "budowie drogi do zakładu. Dokument podpisano 24 marca w urzędzie gminy.",
        None,
        (("agreement", "2026-03-24", "Opony", None),),
    ),
    P(
        "same_firm_year_of_investment_in_second",
        "Legnica, 5 stycznia 2026 r.\nSpółka Copperline zainwestuje 90 mln zł w zakład przetwarzania złomu miedzi. "
        "Inwestycja ma zostać ukończona w 2027 roku.",
        None,
        (("investment", "2027", "Copperline", "planned"),),
    ),
    # --- a portal header line holds no party or place of the body's events
    P(
        "header_published_in_section",
        "Nowa hala w Brzegu\n\nOpublikowano 10 maja 2023 w Aktualności\n\nSpółka Opolplast i Gmina Brzeg podpisały "
        "umowę o współpracy.",
        None,
        (("agreement", "2023-05-10", "Opolplast", "done"),),
    ),
    P(
        "header_added_in_category",
        "Porozumienie z uczelnią\n\nDodano: 4 marca 2025 w kategorii Gospodarka\n\nFirma Lubtech i Politechnika "
        "Lubelska podpisały porozumienie o współpracy badawczej.",
        None,
        (("agreement", "2025-03-04", "Lubtech", "done"),),
    ),
    P(
        "header_numeric_date_in_section",
        "Opublikowano 12.09.2024 w Biznes\n\nSpółka Gdańskie Dźwigi i Akademia Morska w Gdyni podpisały list "
        "intencyjny w sprawie praktyk dla studentów.",
        None,
        (("letter_of_intent", "2024-09-12", "Dźwigi", "done"),),
    ),
    P(
        "header_author_date_in_section",
        "Anna Wiśniewska, 18 listopada 2024 w Region\n\nGmina Kęty i spółka Beskidzka Energia podpisały umowę o "
        "budowie farmy fotowoltaicznej.",
        None,
        (("agreement", "2024-11-18", "Energia", "done"),),
    ),
    P(
        "body_date_in_place_is_a_place",
        "Opole, 11 maja 2023 r.\n10 maja 2023 w Brzegu spółka Opolplast i Gmina Brzeg podpisały umowę o "
        "współpracy.",
        None,
        (("agreement", "2023-05-10", "Opolplast", "done"),),
    ),
    # --- events not found (area three)
    P(
        "tomorrow_with_day_month_signing_planned",
        "Opublikowano: 14.04.2026\n\nJutro (15.04) w Kielcach spółka Świętokrzyskie Wapno i Gmina Chęciny podpiszą "
        "umowę o współpracy przy budowie bocznicy.",
        None,
        (("agreement", "2026-04-15", "Wapno", "planned"),),
    ),
    P(
        "second_signing_after_natomiast",
        "Toruń, 20 lutego 2026 r.\nSpółka Toruńskie Piernikarnie podpisała umowę z Uniwersytetem Mikołaja Kopernika 5 "
        "lutego, natomiast porozumienie z Gminą Łysomice zawarła 12 lutego.",
        None,
        (("agreement", "2026-02-05", "Kopernika", "done"), ("agreement", "2026-02-12", "Łysomice", "done")),
    ),
]

# passages that the extractor does not get right yet, with the reason (strict xfails: a fix shows at once)
FAILING: dict[str, str] = {
    "zone_summary_of_year_then_firm": "the investors' sum of 2025 dates the next firm's investment",
    "visit_quoted_return_visit": "the quoted return visit of last month dates the visit",
    "zone_tally_after_undated_decision": "the zone's tally of a year told after the firm dates the firm's investment",
    "header_author_date_in_section": "a byline's date followed by ' w SECTION' is no dateline",
    "second_signing_after_natomiast": "the split clause naming only the partner after 'z' gets no subject",
}


def test_the_battery_is_large_and_varied() -> None:
    assert len(PASSAGES) >= 15
    assert len({p.key for p in PASSAGES}) == len(PASSAGES)
    assert len({p.text for p in PASSAGES}) == len(PASSAGES)
    assert set(FAILING) <= {p.key for p in PASSAGES}


@pytest.mark.parametrize("passage", passage_params(PASSAGES, FAILING))
def test_absorb(passage: Passage) -> None:
    problems = check(passage)
    assert not problems, f"{passage.text}\n" + "\n".join(problems)


if __name__ == "__main__":
    print_passage_count(PASSAGES, check)
