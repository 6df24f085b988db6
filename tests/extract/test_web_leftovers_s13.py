"""Web-page leftovers in scraped articles (session 13, helper web20): an embedded social-media post (its author line
with a handle and a date, "pic.twitter.com/…"), image file names and photo credits, a byline, share and tag lines,
and a related-news list under the article ("Zobacz też:", "Czytaj także:", "Polecamy:", "Najnowsze") must give no
organisations, persons or events; the article's own facts around them must stay. Guards: "zobaczyć" in the body, a
quoted post introduced by the text ("napisał na Twitterze prezes …"), a real list after a colon.

Passages in own words, written before reading extract/boilerplate.py. Old code (s13-int 53df586): 13 of 20 passed; with the web-frame rules 19 of 20; narrowed (fixweb20) 18 of 20."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from kooperacja import extract

from .battery import passage_params, print_passage_count


@dataclass(frozen=True)
class Passage:
    key: str
    text: str
    orgs: frozenset[str] = frozenset()  # organisations that must be found (a name or an alias holds it)
    persons: frozenset[str] = frozenset()  # persons that must be found
    no_entity: frozenset[str] = frozenset()  # no entity's name or alias may hold one of these
    events: frozenset[tuple[str, str]] = frozenset()  # (type, a participant's name part) that must be found
    no_events: frozenset[tuple[str, str]] = frozenset()  # (type or "*", name part) that no event may have
    extra: dict[str, Any] = field(default_factory=dict)


PASSAGES: list[Passage] = []


def add(key: str, text: str, **kw: Any) -> None:
    PASSAGES.append(Passage(key, text, **{k: frozenset(v) for k, v in kw.items()}))


add(
    "tweet_in_middle",
    "Spółka Keltrax otworzyła w środę nowe centrum logistyczne w Strykowie. Inwestycja kosztowała 120 mln zł.\n\n"
    "Otwieramy centrum w Strykowie! 300 nowych miejsc pracy pic.twitter.com/Qx7bT2mLp9\n"
    "— Keltrax Polska (@KeltraxPL) 14 maja 2025\n\n"
    "Centrum będzie obsługiwać sklepy sieci w całej Polsce centralnej.",
    orgs={"Keltrax"},
    no_entity={"KeltraxPL", "twitter", "pic."},
    events={("investment", "Keltrax")},
)
add(
    "tweet_english_date_ministry",
    "Rząd przyjął program wsparcia dla branży półprzewodników. Pierwsze wnioski złożyły już dwie firmy z Dolnego "
    "Śląska.\n\n"
    "Program ruszył. Czekamy na kolejne wnioski! pic.twitter.com/Zr5KwY81aD\n"
    "— Resort Cyfryzacji (@ResortCyfraGOV) May 3, 2025\n\n"
    "Nabór potrwa do końca roku.",
    no_entity={"ResortCyfraGOV", "twitter"},
)
add(
    "tweet_handle_as_visitor",
    "Delegacja z Bawarii odwiedziła w piątek Wałbrzyską Specjalną Strefę Ekonomiczną. Goście rozmawiali o "
    "inwestycjach w sektorze motoryzacyjnym.\n\n"
    "Dziękujemy za wizytę i owocne rozmowy @BayernInvestDE! pic.twitter.com/Hd8sUe3kLm\n"
    "— Strefa Invest-Park (@InvestParkWSSE) June 6, 2025\n\n"
    "Kolejne spotkanie zaplanowano na jesień.",
    orgs={"Wałbrzyska Specjalna Strefa Ekonomiczna"},
    no_entity={"BayernInvestDE", "InvestParkWSSE", "twitter"},
    no_events={("*", "BayernInvestDE"), ("*", "InvestParkWSSE")},
)
add(
    "instagram_post",
    "Gmina Kobylnica sprzedała inwestorowi z Niemiec 12 hektarów w strefie przemysłowej. Firma Hollmer zbuduje "
    "tam zakład produkujący palety.\n\n"
    "Wyświetl ten post na Instagramie\n"
    "Post udostępniony przez Gmina Kobylnica (@gmina_kobylnica)\n\n"
    "Budowa ma ruszyć wiosną przyszłego roku.",
    orgs={"Hollmer"},
    no_entity={"gmina_kobylnica", "Instagram"},
    events={("investment", "Hollmer")},
)
add(
    "image_file_names",
    "Firma Drewmax rozbudowuje zakład w Wieluniu. Nowa hala o powierzchni 8 tys. mkw. będzie gotowa w marcu.\n\n"
    "drewmax_hala_wielun2.jpg\n\n"
    "Spółka zainwestuje w rozbudowę 45 mln zł i zatrudni 80 osób.\n"
    "IMG_2041.JPG",
    orgs={"Drewmax"},
    no_entity={"jpg", "JPG", "IMG_2041", "wielun2"},
    events={("investment", "Drewmax")},
)
add(
    "caption_with_file_name_and_credit",
    "Politechnika Lubelska i firma Sonvera podpisały umowę o współpracy przy badaniach nad magazynami energii.\n\n"
    "Fot. podpisanie_umowy_PL_Sonvera.png / Tomasz Grela\n\n"
    "Umowa obejmuje wspólne projekty i staże dla studentów.",
    orgs={"Politechnika Lubelska", "Sonvera"},
    no_entity={"png", "Grela", "podpisanie_umowy"},
    events={("agreement", "Sonvera")},
)
add(
    "photo_credit_line",
    "Koreański koncern Hanwoo otworzył w Kobierzycach centrum badawczo-rozwojowe. Pracę znajdzie tam 150 "
    "inżynierów.\n"
    "Na zdjęciu: nowe laboratorium. Fot. Marta Lisiecka / UM Kobierzyce\n\n"
    "To druga inwestycja firmy w regionie.",
    orgs={"Hanwoo"},
    no_entity={"Lisiecka"},
    events={("investment", "Hanwoo")},
)
add(
    "byline_top",
    "Autor: Katarzyna Wędrowska\n12.03.2025, 10:45\n\n"
    "Firma Pelmar z Bielska-Białej zbuduje nową lakiernię. Koszt inwestycji to 30 mln zł, a prace zakończą się "
    "w 2026 roku.",
    orgs={"Pelmar"},
    no_entity={"Wędrowska"},
    events={("investment", "Pelmar")},
)
add(
    "byline_bottom",
    "Agencja Rozwoju Przemysłu przejęła większościowy pakiet udziałów w spółce Stalwent. Zakład w Stalowej Woli "
    "zatrudnia 400 osób.\n\n"
    "Tekst: Paweł Ziółkowski, oprac. redakcja\n"
    "Tagi: ARP, przemysł, Stalowa Wola",
    orgs={"Agencja Rozwoju Przemysłu", "Stalwent"},
    no_entity={"Ziółkowski"},
)
add(
    "related_see_also",
    "Spółka Termaplast uruchomiła w Łodzi linię do recyklingu tworzyw. Inwestycja kosztowała 25 mln zł.\n\n"
    "Zobacz też:\n"
    "Firma Ortvel założyła spółkę zależną w Czechach\n"
    "Gdańsk i Marsylia podpisały porozumienie o partnerstwie\n"
    "Wizyta prezydenta Brenlandii w zakładach Kormat",
    orgs={"Termaplast"},
    no_entity={"Ortvel", "Kormat", "Brenlandi"},
    events={("investment", "Termaplast")},
    no_events={("*", "Ortvel"), ("*", "Marsylia"), ("*", "Kormat")},
)
add(
    "related_read_also_inline",
    "Miasto Rzeszów podpisało list intencyjny z firmą Avionex w sprawie budowy centrum szkoleniowego dla pilotów.\n"
    "Czytaj także: Klaster Lotniczy Podkarpacie powołał nową spółkę badawczą\n"
    "Centrum ma powstać przy lotnisku w Jasionce.",
    orgs={"Avionex"},
    no_entity={"Klaster Lotniczy Podkarpacie"},
    events={("letter_of_intent", "Avionex")},
    no_events={("founding", "Klaster")},
)
add(
    "related_recommended_bullets",
    "Holenderska firma Vanterra kupiła grunt w Pruszczu Gdańskim, gdzie zbuduje magazyn chłodniczy.\n\n"
    "Polecamy:\n"
    "• Spółka Nordkran otwiera biuro w Gdyni\n"
    "• Izba Gospodarcza Bałtyku przyjęła pięciu nowych członków\n"
    "• Prezes Jan Morawiec: inwestorzy wracają na Pomorze",
    orgs={"Vanterra"},
    no_entity={"Nordkran", "Izba Gospodarcza Bałtyku", "Morawiec"},
    events={("investment", "Vanterra")},
    no_events={("*", "Nordkran"), ("*", "Izba")},
)
add(
    "latest_news_with_times",
    "Zakład Brykor w Świdnicy zwiększy produkcję dzięki nowej linii lakierniczej za 18 mln zł.\n\n"
    "Najnowsze\n"
    "14:20 Fundacja Tarnowia założyła inkubator dla start-upów\n"
    "13:05 Firma Lodomex podpisała umowę z gminą Kęty\n"
    "11:40 Zmiany w zarządzie spółki Ferrotal",
    orgs={"Brykor"},
    no_entity={"Tarnowia", "Lodomex", "Ferrotal"},
    no_events={("*", "Tarnowia"), ("*", "Lodomex")},
)
add(
    "share_and_comments",
    "Firma Medisol zainaugurowała działalność fabryki opatrunków w Zgierzu. Zakład zatrudni 120 osób.\n\n"
    "Udostępnij: Facebook Twitter LinkedIn\n"
    "Komentarze (3)",
    orgs={"Medisol"},
    no_entity={"Facebook", "Twitter", "LinkedIn"},
    # written with events={("investment", "Medisol")} too: "zainaugurowała działalność fabryki" is no investment
    # trigger (the events area's), with or without the sharing line; dropped from this battery of leftovers
)
add(
    "more_info_links",
    "Łódzka Specjalna Strefa Ekonomiczna wydała decyzję o wsparciu dla firmy Optiglas, która zbuduje hutę szkła "
    "w Piotrkowie Trybunalskim.\n\n"
    "Więcej informacji:\n"
    "Strefa przyciąga inwestorów z Azji\n"
    "Fabryka baterii Elvolt otwarta w Bełchatowie",
    orgs={"Łódzka Specjalna Strefa Ekonomiczna", "Optiglas"},
    no_entity={"Elvolt"},
    events={("investment", "Optiglas")},
    no_events={("*", "Elvolt")},
)
# guards: the article's own facts must stay
add(
    "guard_see_in_body",
    "Delegacja z Saksonii przyjechała do Legnicy, by zobaczyć nową fabrykę firmy Brenntal. Goście spotkali się z "
    "zarządem Legnickiej Specjalnej Strefy Ekonomicznej.",
    orgs={"Brenntal", "Legnicka Specjalna Strefa Ekonomiczna"},
    events={("visit", "Saksonia")},
)
add(
    "guard_quoted_post",
    "Firma Aerolin rozpoczęła budowę zakładu w Mielcu.\n"
    "— Dziś wbiliśmy pierwszą łopatę. To największa inwestycja w historii spółki — napisał na Twitterze prezes "
    "Aerolin Marek Zając.\n"
    "Zakład ma być gotowy w 2027 roku.",
    orgs={"Aerolin"},
    persons={"Marek Zając"},
    events={("investment", "Aerolin")},
)
add(
    "guard_investor_list",
    "Na terenie nowej podstrefy w Opolu zainwestują trzy firmy:\n"
    "- Vemiro, która zbuduje fabrykę opakowań,\n"
    "- Kortexa, która otworzy centrum badawcze,\n"
    "- Deltamet, która postawi magazyn.\n"
    "Łącznie zatrudnią 400 osób.",
    orgs={"Vemiro", "Kortexa", "Deltamet"},
)
add(
    "guard_see_also_inside_sentence",
    "Zobacz, jak zmienia się strefa: w tym roku firma Granmet otworzyła w Starachowicach nowy zakład obróbki "
    "metali.",
    orgs={"Granmet"},
    events={("investment", "Granmet")},
)
add(
    "guard_latest_in_sentence",
    "Najnowsze porozumienie Krakowski Park Technologiczny podpisał z firmą Datavio, która otworzy w Krakowie "
    "centrum usług informatycznych.",
    orgs={"Krakowski Park Technologiczny", "Datavio"},
    events={("agreement", "Datavio")},
)


def _problems(p: Passage) -> list[str]:
    rec = extract(p.text, doc_id="web", published="2025-06-10")
    ents = {e["id"]: e for e in rec["entities"]}

    def names(e: dict[str, Any]) -> list[str]:
        return [e["name"], *e.get("aliases", [])]

    problems = []
    for o in sorted(p.orgs):
        if not any(
            e["type"] == "organization" and any(o.casefold() in n.casefold() for n in names(e))
            for e in ents.values()
        ):
            problems.append(f"missing organisation {o!r}")
    for o in sorted(p.persons):
        if not any(e["type"] == "person" and o in names(e) for e in ents.values()):
            problems.append(f"missing person {o!r}")
    for bad in sorted(p.no_entity):
        problems += [
            f"no entity may hold {bad!r}: {e['type']} {e['name']!r}"
            for e in ents.values()
            if any(bad.casefold() in n.casefold() for n in names(e))
        ]

    def parts(ev: dict[str, Any]) -> list[str]:
        return [n for pt in ev["participants"] for n in names(ents[pt["entity"]])]

    for typ, who in sorted(p.events):
        if not any(ev["type"] == typ and any(who in n for n in parts(ev)) for ev in rec["events"]):
            problems.append(f"missing {typ} with {who!r}")
    for typ, who in sorted(p.no_events):
        problems += [
            f"false {ev['type']} with {who!r}"
            for ev in rec["events"]
            if typ in ("*", ev["type"]) and any(who in n for n in parts(ev))
        ]
    return problems


FAILING = {
    "guard_investor_list": "org_names: an unknown brand on a dash bullet before ', która' is no organisation, "
    "with or without boilerplate (no span on the passage)",
    "tweet_handle_as_visitor": "boilerplate (fixweb20): a handle in a sentence is kept (it may be an actor's only "
    "name: 'poinformował na X @Firma, który zatrudni …'); only '(@X)', one right after a post link and a post's "
    "signature are dropped",
}


def test_battery_is_varied() -> None:
    assert len(PASSAGES) >= 15
    assert len({p.key for p in PASSAGES}) == len(PASSAGES)


@pytest.mark.parametrize("p", passage_params(PASSAGES, FAILING))
def test_web_leftovers(p: Passage) -> None:
    problems = _problems(p)
    assert not problems, p.text + "\n" + "\n".join(problems)


if __name__ == "__main__":
    print_passage_count(PASSAGES, _problems)
