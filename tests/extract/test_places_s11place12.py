"""A blind battery of places, persons' roles and sectors (issue 8, session 11, second wave, place12), written before
reading the code of the area or the errors of any set.

Every passage is our own words: small Polish towns and foreign towns in their Polish cases, regions and their
adjectives, venues, datelines, persons with titles before and after their names, speaker tags of transcripts,
signatures of press releases, lists of guests, and short articles for sectors.

Pass count on s11-int 8cfe3ae (before any change): 21 of 25 (OLD_COUNT); after place12's rules 24 of 25.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.extract.battery import loose_key

from kooperacja import extract

# key -> (text, places wanted ("A|B" accepts either), names that must not be places,
#         persons wanted as (name, title or None, organisation or None), sectors wanted, sectors forbidden)
Case = tuple[str, set[str], set[str], set[tuple[str, str | None, str | None]], set[str], set[str]]
CASES: dict[str, Case] = {
    "small_towns": (
        "Producent opakowań rozbuduje zakład w Kwidzynie. Drugą halę spółka postawi w Sztumie, a magazyn "
        "w Prabutach.",
        {"Kwidzyn", "Sztum", "Prabuty"},
        set(),
        set(),
        set(),
        set(),
    ),
    "foreign_towns_cases": (
        "Firma z Łowicza eksportuje do Göteborga i Trondheim. W przyszłym roku otworzy biuro w Tampere.",
        {"Łowicz", "Göteborg", "Trondheim", "Tampere"},
        set(),
        set(),
        set(),
        set(),
    ),
    "slovak_town": (
        "Delegacja z Krosna gościła w Preszowie i w Koszycach. Rozmawiano o drodze ekspresowej.",
        {"Krosno", "Preszów", "Koszyce"},
        set(),
        set(),
        set(),
        set(),
    ),
    "region_two_names": (
        "Przedsiębiorcy z Podkarpacia pojadą na Zakarpacie. Władze obwodu zakarpackiego obiecały pomoc.",
        {"Podkarpacie", "Zakarpacie|obwód zakarpacki"},
        set(),
        set(),
        set(),
        set(),
    ),
    "town_adjective_delegation": (
        "Przemyska delegacja spotkała się z przedsiębiorcami we Lwowie. Przemyśl chce wspólnych targów.",
        {"Przemyśl", "Lwów"},
        set(),
        set(),
        set(),
        set(),
    ),
    "dateline_named_again": (
        "Olsztyn, 12 marca 2025 r. – W Olsztynie otwarto centrum obsługi inwestorów.",
        {"Olsztyn"},
        set(),
        set(),
        set(),
        set(),
    ),
    "venue_hall": (
        "Kongres zorganizowano w Regionalnym Centrum Wystawienniczym w Kielcach.",
        {"Kielce"},
        set(),
        set(),
        set(),
        set(),
    ),
    "street_not_place": (
        "Biuro spółki mieści się przy ulicy Krakowskiej w Tarnowie.",
        {"Tarnów"},
        {"Kraków"},
        set(),
        set(),
        set(),
    ),
    "german_region_cases": (
        "Spółka ma zakłady w Turyngii i w Brandenburgii, a klientów w Dolnej Saksonii.",
        {"Turyngia", "Brandenburgia", "Dolna Saksonia"},
        set(),
        set(),
        set(),
        set(),
    ),
    "commune_and_county": (
        "Inwestor kupił działki w gminie Jelcz-Laskowice w powiecie oławskim.",
        {"Jelcz-Laskowice|gmina Jelcz-Laskowice", "powiat oławski"},
        set(),
        set(),
        set(),
        set(),
    ),
    "title_before_name_with_org": (
        "Umowę podpisał prezes Agencji Rozwoju Przemysłu Tomasz Kalinowski.",
        set(),
        set(),
        {("Tomasz Kalinowski", "prezes", "Agencja Rozwoju Przemysłu")},
        set(),
        set(),
    ),
    "title_after_name_comma": (
        "– To dobry dzień dla regionu – powiedział Marek Wiśniewski, dyrektor Pomorskiej Specjalnej Strefy "
        "Ekonomicznej.",
        set(),
        set(),
        {("Marek Wiśniewski", "dyrektor", "Pomorska Specjalna Strefa Ekonomiczna")},
        set(),
        set(),
    ),
    "speaker_tag_transcript": (
        "ANNA KOWALCZYK (prezes Klastra Energii Dolnego Śląska): Szukamy partnerów w Czechach.\n"
        "PIOTR ZIELIŃSKI (burmistrz Oławy): Mamy wolne tereny.",
        {"Czechy"},
        set(),
        {
            ("Anna Kowalczyk", "prezes", "Klaster Energii Dolnego Śląska"),
            ("Piotr Zieliński", "burmistrz", None),
        },
        set(),
        set(),
    ),
    "press_release_signature": (
        "Spółka Termex otworzyła nowy zakład w Opolu.\n\nKontakt dla mediów:\nKatarzyna Mazur\n"
        "rzecznik prasowy Termex S.A.\ntel. 600 100 200",
        {"Opole"},
        set(),
        {("Katarzyna Mazur", "rzecznik prasowy", "Termex")},
        set(),
        set(),
    ),
    "guest_list": (
        "W spotkaniu udział wzięli: Jan Nowicki – wiceprezydent Lublina, Ewa Sadowska – prezes Lubelskiej "
        "Fundacji Rozwoju oraz Adam Król – rektor Politechniki Lubelskiej.",
        set(),
        set(),
        {
            ("Jan Nowicki", "wiceprezydent", None),
            ("Ewa Sadowska", "prezes", "Lubelska Fundacja Rozwoju"),
            ("Adam Król", "rektor", "Politechnika Lubelska"),
        },
        set(),
        set(),
    ),
    "mayor_of_town": (
        "Burmistrz Wadowic Bartosz Lis zaprosił inwestorów do nowej strefy.",
        {"Wadowice"},
        set(),
        {("Bartosz Lis", "burmistrz", None)},
        set(),
        set(),
    ),
    "award_not_person": (
        "Gala Orłów Biznesu odbyła się w Rzeszowie. Nagrodę odebrał prezes spółki Elmar Krzysztof Dudek.",
        {"Rzeszów"},
        set(),
        {("Krzysztof Dudek", "prezes", "Elmar")},
        set(),
        set(),
    ),
    "title_in_genitive": (
        "Z wicemarszałkiem województwa śląskiego Robertem Majem rozmawiali przedstawiciele firm z Czech.",
        {"Czechy"},
        set(),
        {("Robert Maj", "wicemarszałek", None)},
        set(),
        set(),
    ),
    "ceo_of_company_after_name": (
        "Jak mówi Paweł Grabowski, prezes zarządu spółki Ferrotech, hala będzie gotowa w czerwcu.",
        set(),
        set(),
        {("Paweł Grabowski", "prezes zarządu", "Ferrotech")},
        set(),
        set(),
    ),
    "foreign_person_role": (
        "Ambasador Kanady Claire Dubois odwiedziła Gdańsk i spotkała się z władzami portu.",
        {"Gdańsk", "Kanada"},
        set(),
        {("Claire Dubois", "ambasador", None)},
        set(),
        set(),
    ),
    "sector_food": (
        "Zakład przetwórstwa owoców w Grójcu zwiększy produkcję soków i koncentratów.",
        {"Grójec"},
        set(),
        set(),
        {"food_agri"},
        set(),
    ),
    "sector_aviation_maintenance": (
        "Centrum obsługi technicznej samolotów powstanie na lotnisku w Rzeszowie.",
        {"Rzeszów"},
        set(),
        set(),
        {"aerospace"},
        set(),
    ),
    "sector_it_software": (
        "Wrocławska firma tworząca oprogramowanie dla banków zatrudni stu programistów.",
        set(),
        set(),
        set(),
        {"ict"},
        set(),
    ),
    "sector_none_incidental": (
        "Prezydent miasta przyjechał samochodem na spotkanie w ratuszu, gdzie rozmawiano o budżecie.",
        set(),
        set(),
        set(),
        set(),
        {"automotive", "construction"},
    ),
    "sector_hydrogen_energy": (
        "Spółka zbuduje w Koninie instalację do produkcji zielonego wodoru zasilaną z farmy wiatrowej.",
        {"Konin"},
        set(),
        set(),
        {"renewable_energy"},
        set(),
    ),
}

# The scorer reads only a role's organisation; a title that starts with the wanted one passes.
OLD_COUNT = 21  # of 25 on s11-int 8cfe3ae

# Passages the extractor does not yet handle; each with the reason (strict: an unexpected pass fails).
XFAIL: dict[str, str] = {
    "press_release_signature": "a title on the line under a signature's name is no role (a press contact may be boilerplate: 'rzecznik' is no title, and with 'prezes' the contact block drops the person)",
}


def _record(text: str) -> dict[str, Any]:
    record: dict[str, Any] = extract(text, doc_id="battery", published="2025-06-02")
    return record


def problems(key: str) -> list[str]:
    text, places_in, places_out, persons, sectors_in, sectors_out = CASES[key]
    rec = _record(text)
    ents = {e["id"]: e for e in rec["entities"]}
    places = {e["name"] for e in ents.values() if e["type"] == "place"}
    out: list[str] = []
    missing = {p for p in places_in if not places & set(p.split("|"))}
    if missing:
        out.append(f"places missing {sorted(missing)} (found {sorted(places)})")
    if places & places_out:
        out.append(f"not places {sorted(places & places_out)}")
    found = {loose_key(e["name"]): e for e in ents.values() if e["type"] == "person"}
    for name, title, org in persons:
        person = found.get(loose_key(name))
        if person is None:
            out.append(f"person missing {name} (persons {[e['name'] for e in found.values()]})")
            continue
        if title is None:
            continue
        roles = [
            (r.get("title") or "", ents.get(r.get("organization") or "", {}).get("name"))
            for r in person.get("roles") or []
        ]
        ok = any(
            t.casefold().startswith(title.casefold())
            and (org is None or (o and loose_key(o) == loose_key(org)))
            for t, o in roles
        )
        if not ok:
            out.append(f"{name}: role {title}/{org} not in {roles}")
    sect = set(rec.get("sectors") or [])
    if sectors_in - sect:
        out.append(f"sectors missing {sorted(sectors_in - sect)} (found {sorted(sect)})")
    if sect & sectors_out:
        out.append(f"sectors wrong {sorted(sect & sectors_out)}")
    return out


def _params() -> list[Any]:
    return [
        pytest.param(k, id=k, marks=[pytest.mark.xfail(strict=True, reason=XFAIL[k])] if k in XFAIL else [])
        for k in CASES
    ]


@pytest.mark.parametrize("key", _params())
def test_battery(key: str) -> None:
    assert not problems(key)


def test_battery_shape() -> None:
    assert set(XFAIL) <= set(CASES)
    assert len({c[0] for c in CASES.values()}) == len(CASES) >= 25


if __name__ == "__main__":
    from tests.extract.battery import print_pass_count

    print_pass_count(CASES, problems, lambda k: CASES[k][0], show_failing=True)
