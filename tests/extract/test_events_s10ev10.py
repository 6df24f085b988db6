"""Session 10 event battery (ev10): gatherings that frame a signing, in the shapes of noisy web news.

Kinds of error found on the readable half of eval-own3 (conferences: 1 of 5 found), each written here in our own
words, never copied: (a) a signing "podczas targów/forum/giełdy X" where the gathering's name follows a lowercase
noun ("targów Expo Nord") — annotation.md: a conference is an event of its own besides what was signed at it, and
organisations that sign at it are its participants; (b) a signing said to be "częścią" (part of) a named forum, in
a later sentence; (c) a gathering that frames a signing with no name of its own stays no event ("podczas
spotkania", "podczas wizyty": covered by older batteries, checked here once more as guards); (d) a phrase of
means ("dzięki współpracy z X", "we współpracy z X") gives no cooperation beside a mission or a forum (a
co-organiser), beside an investment the partner takes part in (a zone as host) or with no named partner. (The rows
that made the phrase a cooperation of its own went in fixev12: rev4 found lists paired wrongly, and plans,
studies and trainings told as cooperations.)
The document date is Friday 2024-05-10.
"""

from __future__ import annotations

from tests.extract.battery import battery_tests, print_pass_count
from tests.extract.test_event_battery_s8ev import Case, check, ev

import kooperacja

C = "conference"
A = "agreement"
L = "letter_of_intent"

CASES: dict[str, Case] = {
    # --- (a) a named gathering after a lowercase noun frames a signing ---------------------------------------
    "fair_named_after_noun": Case(
        "Podczas targów Expo Nord w Gdańsku spółka Korvix i firma Baltmet podpisały umowę o współpracy.",
        events=(ev(A, "Korvix", "Baltmet"), ev(C, "Korvix", "Baltmet")),
    ),
    "fair_headline_then_body": Case(
        "KLASTRY Z DWÓCH KRAJÓW RAZEM\n\nGdańsk / 8.05.2024\n\n"
        "W trakcie targów Baltic Tech Show Pomorski Klaster Morski i duńska sieć Marinet podpisały memorandum "
        "o współpracy. Dokument obejmuje szkolenia i wymianę zleceń.",
        events=(ev(A, "Pomorski Klaster Morski", "Marinet"), ev(C, "Pomorski Klaster Morski", "Marinet")),
    ),
    "fair_name_is_no_party": Case(
        "Podczas targów Nordic Expo w Malmö Klaster Obróbki Drewna i szwedzka spółka Skogtek AB podpisały umowę.",
        events=(ev(A, "Klaster Obróbki Drewna", "Skogtek AB"), ev(C, "Klaster Obróbki Drewna", "Skogtek AB")),
    ),
    "forum_named_after_noun": Case(
        "Na forum Gospodarka Przygranicza 2024 w Cieszynie Izba Gospodarcza Beskidy i spółka Ostravia "
        "podpisały list intencyjny.",
        events=(ev(L, "Izba Gospodarcza Beskidy", "Ostravia"), ev(C, "Izba Gospodarcza Beskidy", "Ostravia")),
    ),
    "exchange_named_letter": Case(
        "Podczas giełdy kooperacyjnej Subfair Lublin firmy Tarmex i Volyn Trade podpisały list intencyjny "
        "w sprawie wspólnych dostaw.",
        events=(ev(L, "Tarmex", "Volyn Trade"), ev(C, "Tarmex", "Volyn Trade")),
    ),
    "capital_forum_frames": Case(
        "Podczas III Forum Samorządów Wschodu gminy Biłgoraj i Tomaszów Lubelski podpisały porozumienie.",
        events=(ev(A),),
    ),
    # --- (b) the signing was part of a named forum, said later -----------------------------------------------
    "part_of_named_forum": Case(
        "Osiem firm i instytucji podpisało w czwartek w Rzeszowie list intencyjny. Sygnatariusze to m.in.:\n"
        "– Podkarpacka Agencja Rozwoju,\n– Uczelnia Techniczna w Rzeszowie,\n– spółka Aerotek Sp. z o.o.\n\n"
        "Podpisanie listu było częścią V Forum Lotnictwa Podkarpacia, w którym wzięło udział 200 osób.",
        events=(ev(L, "Aerotek"), ev(C, "Aerotek")),
    ),
    "part_of_congress": Case(
        "Spółka Lublinex i Fundacja Rozwoju Wschodu podpisały w środę porozumienie o współpracy. "
        "Podpisanie odbyło się w ramach Kongresu Gospodarki Lubelskiej.",
        events=(ev(A, "Lublinex", "Fundacja Rozwoju Wschodu"), ev(C, "Lublinex")),
    ),
    # --- (c) guards: a frame without a name of its own gives no conference ------------------------------------
    "actor_with_head_after_fair": Case(
        "Drugiego dnia targów Gmina Wola podpisała umowę o współpracy z Uczelnią Techniczną w Radomiu.",
        events=(ev(A, "Gmina Wola", "Uczelnia Techniczna w Radomiu"),),
    ),
    "meeting_frames_no_conference": Case(
        "Podczas spotkania w Opolu spółka Korvix i firma Opolmet podpisały umowę o współpracy.",
        events=(ev(A, "Korvix", "Opolmet"),),
        none=(C,),
    ),
    "visit_frames_no_conference": Case(
        "Podczas wizyty w Kielcach spółka Korvix i firma Kielmet podpisały umowę o współpracy.",
        events=(ev(A, "Korvix", "Kielmet"),),
        none=(C,),
    ),
    "fair_in_town_no_name": Case(
        "Podczas targów w Poznaniu spółka Korvix i firma Wielmet podpisały umowę o współpracy.",
        events=(ev(A, "Korvix", "Wielmet"),),
    ),
    "fair_topic_only": Case(
        "Spółka Korvix podpisała umowę z firmą Gdamet. Firma pokaże swoje maszyny na targach w przyszłym roku.",
        events=(ev(A, "Korvix", "Gdamet"),),
        none=(C,),
    ),
    # --- (d) guards: a phrase of means ("dzięki/we współpracy z X") that states no cooperation -------------
    "co_organised_mission": Case(
        "Misję gospodarczą do Norwegii zorganizowała Pomorska Agencja Rozwoju we współpracy z Izbą Handlową "
        "Skandynawii. Przedsiębiorcy odwiedzili port w Bergen.",
        events=(ev("visit", "Pomorska Agencja Rozwoju"),),
        none=("cooperation",),
    ),
    "co_organised_forum": Case(
        "Forum Eksportu 2024 odbyło się w Opolu; przygotowała je Opolska Izba Gospodarcza we współpracy z firmą "
        "Korvix oraz Uniwersytetem Opolskim.",
        none=("cooperation",),
    ),
    "with_zone_is_the_investment": Case(
        "Firma Tarmex we współpracy z Wałbrzyską Specjalną Strefą Ekonomiczną zbudowała halę w Kłodzku.",
        events=(ev("investment", "Tarmex"),),
        none=("cooperation",),
    ),
    "thanks_to_unnamed_partners": Case(
        "Dzięki współpracy z lokalnymi dostawcami spółka Korvix obniżyła koszty.",
        none=("cooperation",),
    ),
}

FAILING: dict[str, str] = {
    # the fair's name runs into the first signatory's ("Baltic Tech Show Pomorski Klaster Morski" read as one
    # name): a boundary of names (org9's area), not of events
    "fair_headline_then_body": "a gathering's name glued to the next name",
}

test_the_battery_is_large_and_varied, test_battery_case = battery_tests(CASES, FAILING, check, minimum=10)


def test_the_name_of_a_fair_is_no_participant() -> None:
    rec = kooperacja.extract(CASES["fair_name_is_no_party"].text, doc_id="b", published="2024-05-10")
    names = {e["id"]: e["name"] for e in rec["entities"]}
    parts = {names[p["entity"]] for e in rec["events"] for p in e["participants"]}
    assert "Skogtek AB" in parts
    assert not any("Nordic" in n for n in parts)


if __name__ == "__main__":  # pass count: PYTHONPATH=src:. python tests/extract/test_events_s10ev10.py
    print_pass_count(CASES, lambda k: check(CASES[k]), lambda k: CASES[k].text, show_failing=True)
