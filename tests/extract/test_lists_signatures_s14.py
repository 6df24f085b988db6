"""Session 14 battery (list15) of events in lists, signatures and plans, written blind before the event code and the
errors were read: a zone's list of investors with a sentence between the lead and the list, the signatory block of a
current report ("Imię Nazwisko – Prezes Zarządu"), an intent verb with an infinitive, an earlier plant of the same
firm told with its own year, and a decision's date told in a sentence that refers back to it. Companies and people
are invented; towns, regions and zones are real names doing invented things.

Pass count on the old code (main 81aa4fc): 22 of 31 (OLD_COUNT; failing: the lists behind a comment sentence, the
signature among several companies and in per-party blocks, the first plant with its own year, the decision's day told
in the next sentence). After list15's rules (participants.py `_aside`; roles.py `_signature_line`, `_block_owner`,
`_issuer`; event_merge.py `_earliest_plant`; date_occasions.tsv investment tellers): 30 of 31. The intent verb with
an infinitive ("zamierza wybudować") stays no event where no time is stated (annotation.md: plans without a time are
no events; real gold dev/039 has none for two such plans).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest
from tests.extract.battery import loose_key, passage_params, print_passage_count

import kooperacja

OLD_COUNT = "22 of 31"  # main 81aa4fc

PUB = "2026-06-16"


@dataclass(frozen=True)
class Passage:
    key: str
    text: str
    investors: tuple[str, ...] = ()  # investment events that must come out (one per investor name)
    n_investments: int | None = None  # exact count of investment events, where checked
    dates: dict[str, str | None] = field(default_factory=dict)  # investor -> date of (one of) its investments
    roles: tuple[tuple[str, str], ...] = ()  # (person's surname, organisation) a role must link
    no_role_org: tuple[str, ...] = ()  # surnames whose roles must have no organisation


PASSAGES: list[Passage] = []


def add(key: str, text: str, **kw: Any) -> None:
    assert key not in {p.key for p in PASSAGES}, key
    PASSAGES.append(Passage(key, text, **kw))


# --- 1. a zone's summary, a sentence between, then the list of its projects (one investment per firm) ---
LIST = (
    "Największe inwestycje to:\n"
    "- Ostrowit Sp. z o.o. – zakład produkcji okien, nakłady 60 mln zł, 80 miejsc pracy;\n"
    "- Belmar Polska Sp. z o.o. – centrum logistyczne, nakłady 45 mln zł, 50 miejsc pracy;\n"
    "- Kravet S.A. – linia do lakierowania, nakłady 30 mln zł, 25 miejsc pracy.\n"
)
FIRMS = ("Ostrowit", "Belmar Polska", "Kravet")
add(
    "list_direct",
    "Wałbrzyska Specjalna Strefa Ekonomiczna wydała w pierwszym kwartale 14 decyzji o wsparciu.\n" + LIST,
    investors=FIRMS,
)
add(
    "list_comment_between",
    "Wałbrzyska Specjalna Strefa Ekonomiczna wydała w pierwszym kwartale 14 decyzji o wsparciu. To najlepszy "
    "wynik od trzech lat.\n" + LIST,
    investors=FIRMS,
)
add(
    "list_comparison_between",
    "Kostrzyńsko-Słubicka SSE wydała w tym roku 9 decyzji o wsparciu. Przed rokiem było ich o połowę mniej.\n"
    + LIST,
    investors=FIRMS,
)
add(
    "list_two_sentences_between",
    "Od stycznia do maja Pomorska SSE wydała 11 decyzji o wsparciu nowych inwestycji. Firmy zadeklarowały "
    "nakłady na poziomie 400 mln zł. Zdecydowana większość projektów trafi do mniejszych miast.\n" + LIST,
    investors=FIRMS,
)
add(
    "list_quote_between",
    "Łódzka SSE podsumowała półrocze: 17 nowych decyzji o wsparciu. – Zainteresowanie inwestorów nie słabnie – "
    "mówi Adam Wierzba, wiceprezes strefy.\n" + LIST,
    investors=FIRMS,
)
add(
    "list_inline_between",
    "Starachowicka SSE wydała w marcu pięć decyzji o wsparciu. Wszystkie dotyczą przemysłu. Wśród nich są "
    "projekty firm Ostrowit Sp. z o.o. (zakład w Skarżysku, 60 mln zł) i Kravet S.A. (linia lakiernicza w "
    "Starachowicach, 30 mln zł).",
    investors=("Ostrowit", "Kravet"),
)
ROWS = (
    "Najważniejsze projekty kwartału to:\n"
    "– Ostrowit Sp. z o.o. – zakład stolarki w Kłodzku, 60 mln zł, 80 miejsc pracy;\n"
    "– Belmar Polska Sp. z o.o. – magazyn w Bolkowie, 45 mln zł, 50 miejsc pracy;\n"
    "– Kravet S.A. – lakiernia w Dzierżoniowie, 30 mln zł, 25 miejsc pracy.\n"
)
add(
    "rows_direct",
    "Ranking kwartału\n\nW pierwszym kwartale Wałbrzyska Specjalna Strefa Ekonomiczna wydała 14 decyzji o "
    "wsparciu.\n\n" + ROWS,
    investors=FIRMS,
)
add(
    "rows_comment_paragraph",
    "Ranking kwartału\n\nW pierwszym kwartale Wałbrzyska Specjalna Strefa Ekonomiczna wydała 14 decyzji o "
    "wsparciu.\n\nTo o cztery więcej niż rok wcześniej.\n\n" + ROWS,
    investors=FIRMS,
)
add(
    "rows_two_comments",
    "W pierwszym kwartale Wałbrzyska Specjalna Strefa Ekonomiczna wydała 14 decyzji o wsparciu. Tak dobrego "
    "początku roku jeszcze nie było. Wynik cieszy władze regionu.\n" + ROWS,
    investors=FIRMS,
)
add(
    "rows_comment_names_the_zone",
    "W pierwszym kwartale Wałbrzyska Specjalna Strefa Ekonomiczna wydała 14 decyzji o wsparciu. Tak dobrego "
    "kwartału Wałbrzyska Specjalna Strefa Ekonomiczna nie miała od lat.\n" + ROWS,
    investors=FIRMS,
)
# near miss: the sentence between names another firm's deed; the list is its customers, no investors
add(
    "rows_after_other_event",
    "Firma Ostrowit Sp. z o.o. otworzyła nowy zakład w Kłodzku. Spółka Belmar Polska Sp. z o.o. podpisała umowę "
    "z miastem.\nJej klienci to:\n– Kravet S.A.;\n– Tomlex Sp. z o.o.;\n– Dralen S.A.\n",
    n_investments=1,
)
# near miss: a list of firms that are not investors (participants of a fair)
add(
    "list_of_fair_exhibitors",
    "Na targach w Kielcach pojawiło się ponad 200 wystawców. To rekord imprezy.\nNajwięksi wystawcy to:\n"
    "- Ostrowit Sp. z o.o.;\n- Belmar Polska Sp. z o.o.;\n- Kravet S.A.\n",
    n_investments=0,
)
# --- 2. the signatory block of a current report ---
add(
    "espi_signature_dash",
    "Raport bieżący nr 12/2026\nZarząd spółki Termet-Vol S.A. informuje, że w dniu 10 czerwca 2026 r. spółka "
    "otrzymała decyzję o wsparciu nowej inwestycji w Opolu.\n\nOsoby reprezentujące spółkę:\n"
    "Marek Dzięgiel – Prezes Zarządu\nAnna Sowińska – Członek Zarządu",
    roles=(("Dzięgiel", "Termet-Vol"), ("Sowińska", "Termet-Vol")),
)
add(
    "espi_signature_single",
    "Zarząd Polmlek-Grupa S.A. (Emitent) informuje o zawarciu umowy z Gminą Kutno na sprzedaż działki.\n\n"
    "Tomasz Rybak – Prezes Zarządu",
    roles=(("Rybak", "Polmlek-Grupa"),),
)
add(
    "signature_comma",
    "Spółka Hydrolit S.A. informuje, że rozpoczęła budowę magazynu w Strykowie.\n\nPodpisano:\n"
    "Ewa Grabowska, Wiceprezes Zarządu",
    roles=(("Grabowska", "Hydrolit"),),
)
# near miss: a person with a dash and a role of another organisation named in the line
add(
    "signature_other_org",
    "Spółka Hydrolit S.A. informuje, że podpisała umowę z firmą Betrans Sp. z o.o.\n\n"
    "Jan Mazur – Prezes Zarządu Betrans Sp. z o.o.",
    roles=(("Mazur", "Betrans"),),
)
add(
    "espi_signature_issuer_among_firms",
    "Zarząd spółki Ravello S.A. informuje, że spółka zależna Ravello Logistyka Sp. z o.o. zawarła z firmą Domtrak "
    "Sp. z o.o. umowę najmu magazynu w Strykowie.\n\nOsoby reprezentujące spółkę:\nKarol Wąsik – Prezes "
    "Zarządu\nMonika Ptak – Członek Zarządu",
    roles=(("Wąsik", "Ravello"), ("Ptak", "Ravello")),
)
add(
    "signatory_blocks_per_party",
    "Spółki Lumex S.A. i Tarpol Sp. z o.o. zawarły umowę o wspólnej budowie farmy fotowoltaicznej koło Konina.\n\n"
    "Za Lumex S.A.:\nAdam Kral – Prezes Zarządu\nIga Sobczak – Członek Zarządu\n\nZa Tarpol Sp. z o.o.:\n"
    "Leon Wróbel – Wiceprezes Zarządu",
    roles=(("Kral", "Lumex"), ("Sobczak", "Lumex"), ("Wróbel", "Tarpol")),
)
# near miss: a header naming both parties heads no block of one of them
add(
    "signatory_header_two_parties",
    "Spółki Lumex S.A. i Tarpol Sp. z o.o. zawarły umowę o wspólnej budowie farmy fotowoltaicznej koło Konina.\n\n"
    "W imieniu Lumex S.A. i Tarpol Sp. z o.o. podpisali:\nAdam Kral – Prezes Zarządu",
    no_role_org=("Kral",),
)
# near miss: no board speaks in the text; a line of a conference programme names a person and a title only
add(
    "programme_line_no_issuer",
    "Firmy Ravello S.A. i Domtrak Sp. z o.o. pokażą swoje magazyny na targach w Poznaniu.\n\nProwadzenie:\n"
    "Karol Wąsik – Prezes Zarządu",
    no_role_org=("Wąsik",),
)
# --- 3. an intent verb with an infinitive (real gold counts no plan without a time) ---
add(
    "intent_no_time",
    "Ministerstwo chce w przyszłości wspierać budowę magazynów energii. Agencja zamierza wybudować halę "
    "dla mniejszych firm, jeśli znajdą się chętni.",
    n_investments=0,
)
# --- 4. an earlier plant of the same firm told with its own year ---
add(
    "earlier_plant_year",
    "Firma Drewmax rozpoczęła w maju 2026 r. rozbudowę zakładu w Łowiczu. W 2015 roku Drewmax oddał do użytku "
    "pierwszą halę w tym mieście.",
    investors=("Drewmax",),
    n_investments=2,
)
add(
    "earlier_plant_year_fronted",
    "Spółka Agrolen otworzyła w Sochaczewie nową linię produkcyjną. Pierwszą fabrykę firma uruchomiła w "
    "Sochaczewie w 2011 r.",
    investors=("Agrolen",),
    n_investments=2,
)
# near misses: the first plant is the news (its year the article's), an undated cost told after it is the same
# plant; a first stage is no first plant
add(
    "first_plant_is_the_news",
    "Firma Agrolen otworzyła w kwietniu pierwszą fabrykę w Polsce. Inwestycja w Sochaczewie kosztowała 50 mln zł.",
    investors=("Agrolen",),
    n_investments=1,
)
add(
    "first_plant_last_year_then_cost",
    "W 2025 roku firma Agrolen uruchomiła pierwszą fabrykę w Sochaczewie. Budowa zakładu kosztowała 50 mln zł.",
    investors=("Agrolen",),
    n_investments=1,
)
add(
    "first_stage_year",
    "Firma Drewmax rozbudowuje zakład w Łowiczu. Pierwszy etap prac zakończył się w 2024 roku.",
    investors=("Drewmax",),
    n_investments=1,
)
# near miss: the year of the same expansion told again, one investment
add(
    "same_plant_two_years",
    "Firma Drewmax rozpoczęła w maju 2026 r. rozbudowę zakładu w Łowiczu. Prace potrwają do 2027 roku.",
    investors=("Drewmax",),
    n_investments=1,
)
# --- 5. a decision's date told in a sentence that refers back to it ---
add(
    "decision_handed_on_day",
    "Legnicka SSE wydała decyzję o wsparciu dla spółki Molvar Sp. z o.o. Dokument wręczono przedstawicielom "
    "firmy 14 kwietnia. Produkcja ma ruszyć w drugiej połowie 2028 roku.",
    investors=("Molvar",),
    dates={"Molvar": "2026-04-14"},
)
add(
    "decision_handed_on_day_no_start",
    "Suwalska SSE wydała decyzję o wsparciu dla spółki Fenix Meble Sp. z o.o. Decyzję przekazano zarządowi "
    "firmy 3 czerwca.",
    investors=("Fenix Meble",),
    dates={"Fenix Meble": "2026-06-03"},
)
# near miss: the day the application was filed, before the decision, is none of its days
add(
    "application_filed_day",
    "Suwalska SSE wydała decyzję o wsparciu dla spółki Fenix Meble Sp. z o.o. Wniosek firma złożyła 3 czerwca.",
    investors=("Fenix Meble",),
    dates={"Fenix Meble": None},
)
# near miss: the next sentence's date is of something else (a fair), the decision stays undated or dated by itself
add(
    "next_sentence_other_date",
    "Legnicka SSE wydała 14 kwietnia decyzję o wsparciu dla spółki Molvar Sp. z o.o. Firma pokaże swoje "
    "wyroby na targach 20 maja.",
    investors=("Molvar",),
    dates={"Molvar": "2026-04-14"},
)


def check(p: Passage) -> list[str]:
    r = kooperacja.extract(p.text, doc_id="t", published=PUB)
    names = {e["id"]: e["name"] for e in r["entities"]}
    events = r["events"]
    problems = []
    inv = [e for e in events if e["type"] == "investment"]
    by_investor: dict[str, list[dict]] = {}
    for e in inv:
        for q in e["participants"]:
            if q["role"] == "investor":
                by_investor.setdefault(loose_key(names[q["entity"]]), []).append(e)
    for name in p.investors:
        if loose_key(name) not in by_investor:
            problems.append(f"no investment of {name}")
    if p.n_investments is not None and len(inv) != p.n_investments:
        problems.append(f"{len(inv)} investments, not {p.n_investments}")
    for name, date in p.dates.items():
        got = [e.get("date") for e in by_investor.get(loose_key(name), [])]
        if date not in got:
            problems.append(f"{name} dated {got}, not {date}")
    ents = {e["id"]: e for e in r["entities"]}
    for surname in p.no_role_org:
        person = next((e for e in r["entities"] if e["type"] == "person" and surname in e["name"]), None)
        if person is not None and any(x.get("organization") for x in person.get("roles", [])):
            problems.append(f"{surname}: roles {person.get('roles')}")
    for surname, org in p.roles:
        person = next((e for e in r["entities"] if e["type"] == "person" and surname in e["name"]), None)
        if person is None:
            problems.append(f"no person {surname}")
            continue
        orgs = [
            ents[x["organization"]]["name"] if x.get("organization") in ents else x.get("organization")
            for x in person.get("roles", [])
        ]
        if not any(o and loose_key(org) in loose_key(o) for o in orgs):
            problems.append(f"{surname}: roles {person.get('roles')}")
    return problems


FAILING: dict[str, str] = {
    "decision_handed_on_day": (
        "events._planned_investments plans a decided plant for the start a later sentence states, before any "
        "neighbour date is read; the convention is main's, left for the lead"
    ),
}


@pytest.mark.parametrize("p", passage_params(PASSAGES, FAILING))
def test_battery_passage(p: Passage) -> None:
    problems = check(p)
    assert not problems, f"{p.text}\n" + "\n".join(problems)


if __name__ == "__main__":
    print_passage_count(PASSAGES, check)
