"""A battery of organisation identity in investment news (issue 8, session 14, helper link15): a short name
that is the same firm as a full legal name told before or after it; terms a current report defines in brackets for
a company („Spółka Projektowa”, dalej: „Spółka”, „Inwestor”) that are aliases, never new organisations; a seat phrase
("pod X", "w X") after a company's name; a municipality named in the genitive ("Gminy X"); foreign persons' names
with hyphens (Korean, Taiwanese); bare hyphenated company names; and near misses (two firms that share a first
word, a capitalised "Pod" inside a name, hyphenated towns and adjectives, Polish double surnames).
Every firm, person and sentence is invented. The first commit's 29 cases were written before the code was read,
but NOT blind to eval/own8/o: four of them followed own8/o texts and were reworded by fixlink15 into new examples
(short_inflected_feminine_first_word, espi_subsidiary_term, seat_pod_in_park, korean_after_speech_verb); the cases
added with the rules (guard_*, hyphen_*, korean_park_*, vietnamese_*, two_parties_defined, ...) came after reading
own8/o's diagnosis. The rev_* cases are the reviewer's misfires of link15, reworded (fixlink15): they fail on
f33a86a3 (14 of 16) and pass after rules 3, 4/5's nominative part and the bare "dalej" row were removed and
rules 6 and 7 narrowed. 56 of 57 pass; gmina_town_not_larger_plural is a strict xfail (its rule was removed).
mend15 added dalej_two_word_term ("(dalej: „Term”)" after a company's name; it fails without the defined_intro row
of resolve_words.tsv): 57 of 58."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from kooperacja import extract

from .battery import loose_key, org_problems

CO = "company"
MUNI = "municipality"
AGENCY = "agency"


@dataclass(frozen=True)
class Passage:
    text: str
    orgs: dict[str, str | None]
    persons: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    no_entity: frozenset[str] = frozenset()
    figures: frozenset[tuple[str, str, float]] = frozenset()  # (owner name, metric, value)
    events_of: dict[str, int] = field(default_factory=dict)  # org name -> number of events it takes part in
    not_alias: frozenset[str] = frozenset()  # forms no organisation may take as another name


CASES: dict[str, Passage] = {}


def add(key: str, text: str, orgs: dict[str, str | None], **kw: Any) -> None:
    assert key not in CASES, key
    kw = {k: (frozenset(v) if isinstance(v, (set, list, tuple)) else v) for k, v in kw.items()}
    CASES[key] = Passage(text, orgs, **kw)


# --- G1b: a short name is the firm of the full legal name told before or after it
add(
    "legal_then_short",
    "Centrum dystrybucyjne powstanie w Ozorkowie. Obiekt zbuduje inwestor, Kalmeris Park Polska Sp. z o.o."
    " Kalmeris przeznaczy na budowę około 70 mln zł.",
    {"Kalmeris Park Polska": CO},
    figures={("Kalmeris Park Polska", "investment", 70_000_000)},
    events_of={"Kalmeris Park Polska": 1},
)
add(
    "short_then_legal",
    "Brenvik rozbuduje swój magazyn w Gnieźnie. Inwestorem jest Brenvik Logistics Polska Sp. z o.o., która"
    " zatrudni tam 60 osób.",
    {"Brenvik Logistics Polska": CO},
    figures={("Brenvik Logistics Polska", "jobs", 60)},
)
add(
    "short_inflected",
    "Spółka Grontex Polska S.A. otrzymała decyzję o wsparciu. Nowa hala Grontexu w Koninie da pracę 120 osobom.",
    {"Grontex Polska": CO},
)
add(
    "short_of_two_word_legal",
    "Deweloper Pantera Invest Sp. z o.o. kupił działkę pod Łowiczem. Pantera zamierza postawić tam park"
    " magazynowy o powierzchni 40 tys. mkw.",
    {"Pantera Invest": CO},
    no_entity={"Łowiczem"},
)
add(
    "short_inflected_feminine_first_word",
    "Selvita Dairy Sp. z o.o. otworzy mleczarnię w Wieluniu. Według rzecznika Selvity budowa ruszy w maju.",
    {"Selvita Dairy": CO},
    no_entity={"Selvity"},
)
add(
    "guard_inflected_short_two_candidates",
    "Halę w Kutnie wynajmą Dalmex Logistics i Dalmex Trade. Zarząd Dalmexu nie podał kwoty.",
    {"Dalmex Logistics": CO, "Dalmex Trade": CO, "Dalmex": CO},
    not_alias={"Dalmexu", "Dalmex"},
)
add(
    "guard_two_firms_share_first_word",
    "Spółka Marvex Trade Sp. z o.o. kupiła halę w Radomiu od firmy Marvex Logistics S.A.",
    {"Marvex Trade": CO, "Marvex Logistics": CO},
)
# --- G1a: a term defined in brackets for a company is an alias of it
add(
    "espi_subsidiary_term",
    "Tarvex S.A. („Emitent”) podaje do wiadomości, iż Tarvex Energia Sp. z o.o. („Spółka Projektowa”), w której"
    " Emitent ma wszystkie udziały, uzyskała w marcu decyzję o wsparciu. W zamian Spółka Projektowa da pracę 45"
    " osobom.",
    {"Tarvex": CO, "Tarvex Energia": CO},
    no_entity={"Projektowa", "Emitent"},
    figures={("Tarvex Energia", "jobs", 45)},
)
add(
    "dalej_spolka",
    "Lumaro Sp. z o.o. (dalej: „Spółka”) zawarła umowę na budowę hali produkcyjnej w Kole. Spółka zainwestuje"
    " w projekt 12 mln zł.",
    {"Lumaro": CO},
    no_entity={"Spółka"},
    figures={("Lumaro", "investment", 12_000_000)},
)
add(
    "dalej_two_word_term",
    "Grupa Ostrawel powołała spółkę Morvan Energia Sp. z o.o. (dalej: „Spółka Wykonawcza”). Spółka Wykonawcza"
    " postawi w Żninie magazyn energii.",
    {"Grupa Ostrawel": CO, "Morvan Energia": CO},
    no_entity={"Wykonawcza"},
)
add(
    "dalej_inwestor",
    "Gmina Kobylin podpisała umowę sprzedaży działki z firmą Gradix Polska Sp. z o.o. (dalej „Inwestor”)."
    " Inwestor wybuduje na niej zakład.",
    {"Gradix Polska": CO, "Gmina Kobylin": MUNI},
    no_entity={"Inwestor"},
)
add(
    "special_purpose_term",
    "Emitent założył spółkę celową Wirona Solar Sp. z o.o. („Spółka Celowa”), która zbuduje farmę"
    " fotowoltaiczną pod Kutnem.",
    {"Wirona Solar": CO},
    no_entity={"Celowa"},
)
add(
    "guard_acronym_in_brackets",
    "Agencja Rozwoju Przemysłu („ARP”) udzieli pożyczki firmie Stalmet Koło. ARP obejmie też udziały.",
    {"Agencja Rozwoju Przemysłu": AGENCY, "Stalmet Koło": CO},
)
add(
    "two_parties_defined",
    "Umowę sprzedaży zawarły Dobrolas Sp. z o.o. („Sprzedający”) oraz Kerno Invest S.A. („Kupujący”). Kupujący"
    " zapłaci 9 mln zł.",
    {"Dobrolas": CO, "Kerno Invest": CO},
    no_entity={"Sprzedający", "Kupujący"},
)
# --- G1c: a seat phrase is no part of a company's name
add(
    "seat_pod",
    "Najemcą hali został operator logistyczny Nordlog Polska pod Wrocławiem.",
    {"Nordlog Polska": CO},
    no_entity={"pod Wrocławiem"},
)
add(
    "seat_pod_in_park",
    "Linię montażową uruchomi w hali przewoźnik Morvik Polska pod Kaliszem. Morvik Polska wyda na nią 50 mln zł.",
    {"Morvik Polska": CO},
    no_entity={"pod Kaliszem"},
)
add(
    "seat_then_legal_then_short",
    "Hala stanie w parku przemysłowym firmy Vestor Polska pod Łęczycą. Obiekt zbuduje deweloper, Vestor Polska"
    " Sp. z o.o. Vestor wyda na budowę ponad 30 mln zł.",
    {"Vestor Polska": CO},
    no_entity={"pod Łęczycą"},
    figures={("Vestor Polska", "investment", 30_000_000)},
    events_of={"Vestor Polska": 1},
)
add(
    "guard_pod_capital_in_name",
    "Browar Pod Lipami z Pszczyny zainwestuje 8 mln zł w nową linię do rozlewu.",
    {"Browar Pod Lipami": CO},
)
add(
    "guard_pod_after_org_head",
    "Spółdzielnia Mleczarska pod Tatrami rozbuduje proszkownię.",
    {"Spółdzielnia Mleczarska pod Tatrami": CO},
)
# --- G8: a municipality in the genitive keeps its town's base form
add(
    "gmina_plural_town_gen",
    "Wójt Gminy Kobierzyce podpisał z inwestorem list intencyjny.",
    {"Gmina Kobierzyce": MUNI},
    no_entity={"Kobierzyc "},
)
add(
    "gmina_ow_town_gen",
    "Burmistrz Gminy Sędziszów Małopolski przekazał inwestorowi pozwolenie na budowę.",
    {"Gmina Sędziszów Małopolski": MUNI},
)
add(
    "gmina_ow_town_gen2",
    "Skarbnik Gminy Sulejów potwierdził, że droga do strefy zostanie przebudowana.",
    {"Gmina Sulejów": MUNI},
)
add(
    "gmina_siechnice_gen",
    "Teren sprzedany przez Gminę Siechnice trafi do firmy Polvent. Burmistrz Gminy Siechnice liczy na 100 miejsc"
    " pracy.",
    {"Gmina Siechnice": MUNI, "Polvent": CO},
)
add(
    "gmina_town_not_larger_plural",
    "Wójt Gminy Kozłów przekazał inwestorowi działkę pod halę magazynową.",
    {"Gmina Kozłów": MUNI},
    no_entity={"Kozłowo"},
)
add(
    "guard_gmina_miejska",
    "Prezydent Gminy Miejskiej Kraków spotkał się z inwestorem.",
    {"Gmina Miejska Kraków": MUNI},
)
add(
    "guard_town_declined_after_miasto",
    "Prezydent Miasta Głogowa i prezydent Miasta Kielc podpisali porozumienie o współpracy.",
    {"Miasto Głogów": MUNI, "Miasto Kielce": MUNI},
)
# --- G9: foreign persons' names with hyphens after a speech verb
add(
    "korean_after_speech_verb",
    "– Szukaliśmy miejsca z dobrym dojazdem do autostrady – mówił Kang Tae-ho, dyrektor Hanwel Chemical.",
    {"Hanwel Chemical": CO},
    persons={"Kang Tae-ho"},
)
add(
    "vietnamese_speaker_then_company_europe",
    "– Polska to dla nas ważny rynek – powiedział Nguyen Van Long, prezes Vinamet Europe.",
    {"Vinamet Europe": CO},
    persons={"Nguyen Van Long"},
)
add(
    "korean_at_sentence_start",
    "Lee Ha-neul, dyrektor zakładu Hanmo Battery Poland w Kobylnicy, zapowiedział zatrudnienie 200 osób.",
    {"Hanmo Battery Poland": CO},
    persons={"Lee Ha-neul"},
)
add(
    "taiwanese_after_mowi",
    "– Polska to dla nas brama do Europy – mówi Chen Yu-ting, wiceprezes firmy Fortec Electronics.",
    {"Fortec Electronics": CO},
    persons={"Chen Yu-ting"},
)
add(
    "korean_dodal",
    "Fabryka ruszy w przyszłym roku – dodał Jung Min-ho z koreańskiego koncernu Seolim.",
    {"Seolim": CO},
    persons={"Jung Min-ho"},
)
add(
    "guard_polish_double_surname",
    "– To ważny dzień dla naszej załogi – powiedziała Anna Wierzbicka-Nowak, dyrektor zakładu.",
    {},
    persons={"Anna Wierzbicka-Nowak"},
)
add(
    "korean_park_surname_not_park",
    "– Jesteśmy gotowi na inwestycję – mówi Park Da-eun z firmy Seolim.",
    {"Seolim": CO},
    persons={"Park Da-eun"},
)
add(
    "guard_park_hyphen_adjective",
    "Park Naukowo-technologiczny w Opolu przyjął pięć nowych firm.",
    {"Park Naukowo-technologiczny w Opolu": None},
)
add(
    "guard_park_capitalised_compound",
    "Park Eko-Tech w Opolu przyjął pięć nowych firm, a spółka Song-Pol zbuduje tam halę.",
    {"Park Eko-Tech w Opolu": None, "Song-Pol": CO},
)
# --- side finding: a bare hyphenated company name
add(
    "hyphen_name_subject",
    "Agro-Mix otworzył dziś nowy magazyn w Ełku. Firma zatrudni 40 osób.",
    {"Agro-Mix": CO},
    figures={("Agro-Mix", "jobs", 40)},
)
add(
    "hyphen_name_invests",
    "Eko-Pak zainwestuje 25 mln zł w rozbudowę zakładu w Sieradzu.",
    {"Eko-Pak": CO},
    figures={("Eko-Pak", "investment", 25_000_000)},
)
add(
    "guard_hyphen_town_subject",
    "Bielsko-Biała przyciągnęła nowego inwestora: spółka Termolux zbuduje tam fabrykę.",
    {"Termolux": CO},
    places={"Bielsko-Biała"},
    no_entity={"Bielsko-Biała przyc"},
)
add(
    "guard_hyphen_adjective",
    "Polsko-niemiecka spółka Gerpol zbuduje halę w Zgorzelcu.",
    {"Gerpol": CO},
    no_entity={"Polsko"},
)
add(
    "guard_hyphen_town_zyska",
    "Kędzierzyn-Koźle zyska nowy zakład chemiczny firmy Azoten.",
    {"Azoten": CO},
    places={"Kędzierzyn-Koźle"},
)

add(
    "guard_double_surname_subject",
    "Prezesem spółki Termolit została Ewa Lis-Kowal. Lis-Kowal zapowiedziała budowę hali w Bełchatowie.",
    {"Termolit": CO},
    persons={"Ewa Lis-Kowal"},
)
add(
    "guard_team_nickname",
    "Biało-Zieloni wygrali mecz, a spółka Gdańskie Stocznie zbuduje nowy dok.",
    {"Gdańskie Stocznie": CO},
)


# --- guards from the review of link15 (its misfires, reworded): a big town's genitive plural that a village's
# nominative spells stays the big town; a parent, a seller or another firm whose one-word name shares a stem with a
# company's first word is no alias of it; "dalej" in a list joins no names; a firm's hyphenated name after a company
# noun or with a firm's word-forming element is no Korean person; a foreign double surname is no firm
add(
    "rev_big_town_gen_pl",
    "Spółka Ferolit postawi halę magazynową niedaleko Siedlec.",
    {"Ferolit": CO},
    places={"Siedlce"},
    no_entity={"Siedlec"},
)
add(
    "rev_big_town_gen_pl_firm_from",
    "Firma Mastello z Siedlec dostała decyzję o wsparciu nowej inwestycji.",
    {"Mastello": CO},
    places={"Siedlce"},
    no_entity={"Siedlec"},
)
add(
    "rev_big_town_gen_pl_border",
    "Nowe osiedle firmy Kelvar stanie na granicy Siedlec i gminy Siedlce.",
    {"Kelvar": CO},
    places={"Siedlce"},
    no_entity={"Siedlec"},
)
add(
    "rev_plural_town_visit",
    "Do Mrozów przyjechali inwestorzy z Japonii. Gmina Mrozy ma do sprzedania 15 ha.",
    {"Gmina Mrozy": MUNI},
    places={"Mrozy"},
    no_entity={"Mrozów"},
)
add(
    "rev_miasto_big_town_gen_pl",
    "Porozumienie z inwestorem podpisały władze Miasta Siedlec.",
    {"Miasto Siedlce": MUNI},
    no_entity={"Siedlec"},
)
add(
    "rev_gmina_plural_town_gen",
    "Wójt Gminy Mrozów poinformował, że firma Kelvar kupiła 9 ha.",
    {"Gmina Mrozy": MUNI, "Kelvar": CO},
    no_entity={"Mrozów"},
)
add(
    "rev_parent_of_subsidiary",
    "Ferolit Energia Sp. z o.o., spółka zależna Ferolitu, postawi farmę wiatrową pod Kołem. Notowania Ferolitu"
    " wzrosły.",
    # the parent's name left in the genitive is main's (naming, not identity)
    {"Ferolit Energia": CO, "Ferolitu": CO},
    not_alias={"Ferolitu"},
)
add(
    "rev_owner_of_subsidiary",
    "Kermit Recykling Sp. z o.o. w całości należy do Kermitu. W zeszłym roku Kermitowi przybyło 150 pracowników.",
    {"Kermit Recykling": CO, "Kermitowi": CO},  # the owner's name left in the dative is main's (naming)
    not_alias={"Kermitowi", "Kermitu"},
)
add(
    "rev_seller_nominative_a",
    "Dorvel Polska Sp. z o.o. nabyła halę w Kaliszu od firmy Dorvela. Właściciele Dorveli nie ujawnili ceny.",
    {"Dorvel Polska": CO, "Dorvela": CO},
)
add(
    "rev_seller_nominative_a2",
    "Zakład w Ostródzie kupiła Skandor Foods Sp. z o.o. Sprzedającą była norweska firma Skandora.",
    {"Skandor Foods": CO, "Skandora": CO},
)
add(
    "rev_dalej_in_list",
    "W zestawieniu najszybciej rosnących firm prowadzi spółka Ferolit, dalej Kelvar Systems, a na trzecim miejscu"
    " jest firma Dorvel.",
    {"Ferolit": CO, "Kelvar Systems": CO, "Dorvel": CO},
    not_alias={"Kelvar Systems"},
)
add(
    "rev_firm_bio_tech_after_spolki",
    "Porozumienie podpisały spółki Kelvar i Wang Bio-tech. Wang Bio-tech otworzy laboratorium w Rzeszowie.",
    {"Kelvar": CO, "Wang Bio-tech": CO},
)
add(
    "rev_firm_eko_tech_after_spolka",
    "Fabrykę w Płocku postawi chińska spółka Lee Eko-tech. Lee Eko-tech zatrudni 70 osób.",
    {"Lee Eko-tech": None},
    figures={("Lee Eko-tech", "jobs", 70)},
)
add(
    "rev_firm_bio_med_after_firmy",
    "Na targach byli przedstawiciele firmy Cho Bio-med z Pusanu.",
    {"Cho Bio-med": None},
)
add(
    "rev_foreign_double_surname_invests",
    "Profesor Alvarez-Ruiz z Sewilli odwiedził Toruń. Alvarez-Ruiz zainwestuje w start-up 3 mln euro.",
    {},
)
add(
    "rev_foreign_double_surname_speaker",
    "Fabryka powstanie za dwa lata. Jak mówi Alvarez-Ruiz, firma postawi tu halę.",
    {},
)


def _name_of(entities: list[dict[str, Any]], eid: str) -> str:
    return next(e["name"] for e in entities if e["id"] == eid)


def check(p: Passage) -> list[str]:
    rec = extract(p.text, doc_id="s14id", published="2026-06-10")
    ents = rec["entities"]
    problems = org_problems(ents, p.orgs, p.no_entity)
    persons = {loose_key(e["name"]) for e in ents if e["type"] == "person"}
    problems += [f"missing person {n!r}" for n in sorted(p.persons) if loose_key(n) not in persons]
    places = {e["name"] for e in ents if e["type"] == "place"}
    problems += [f"missing place {n!r}" for n in sorted(p.places) if n not in places]
    figs = {
        (loose_key(_name_of(ents, f["entity"])), f["metric"], f["value"])
        for f in rec["figures"]
        if f["entity"]
    }
    problems += [
        f"missing figure {f!r} (has {sorted(figs)})"
        for f in sorted(p.figures)
        if (loose_key(f[0]), f[1], f[2]) not in figs
    ]
    problems += [
        f"{e['name']!r} took {a!r} as another name"
        for e in ents
        for a in e.get("aliases", [])
        if a in p.not_alias and e["type"] == "organization"
    ]
    for org, n in p.events_of.items():
        ids = {e["id"] for e in ents if loose_key(e["name"]) == loose_key(org)}
        got = sum(1 for ev in rec["events"] if any(x["entity"] in ids for x in ev["participants"]))
        if got != n:
            problems.append(f"{org!r} in {got} events, not {n}")
    return problems


FAILING: dict[str, str] = {
    "gmina_town_not_larger_plural": "the rule reading a word written as a small town's nominative over a larger"
    " town's genitive plural was removed (it misread Siedlec/Siedlce, Mrozów/Mrozy; lead's decision in fixlink15)",
}


def test_battery_is_large() -> None:
    assert len(CASES) >= 25
    assert len({c.text for c in CASES.values()}) == len(CASES)
    assert set(FAILING) <= set(CASES)


@pytest.mark.parametrize(
    "key",
    [
        pytest.param(k, marks=[pytest.mark.xfail(strict=True, reason=FAILING[k])] if k in FAILING else [])
        for k in CASES
    ],
)
def test_identity_case(key: str) -> None:
    problems = check(CASES[key])
    assert not problems, CASES[key].text + "\n" + "\n".join(problems)


if __name__ == "__main__":
    bad = {k: pr for k in CASES if (pr := check(CASES[k]))}
    for k, pr in bad.items():
        print(f"FAIL {k}: {CASES[k].text}\n    " + "\n    ".join(pr))
    print(f"passed {len(CASES) - len(bad)} of {len(CASES)}")
    print("FAILING =", sorted(bad))


def test_defined_term_needs_brackets_and_quotes() -> None:
    from kooperacja.extract.entity_aliases import _defined_term

    text = "Alfa Sp. z o.o. („Beta”) i Gamma (Delta) oraz Epsilon, „Zeta”"
    a_end = text.index(" („")
    assert _defined_term(text, a_end, text.index("Beta"), text.index("Beta") + 4)
    g_end = text.index(" (Delta")
    assert not _defined_term(text, g_end, text.index("Delta"), text.index("Delta") + 5)  # no quotes
    e_end = text.index(", „Zeta")
    assert not _defined_term(text, e_end, text.index("Zeta"), text.index("Zeta") + 4)  # no brackets


def test_defined_term_after_dalej_in_brackets_only() -> None:
    from kooperacja.extract.entity_aliases import _defined_term

    def defined(text: str, first: str, term: str) -> bool:
        a_end = text.index(first) + len(first)
        return _defined_term(text, a_end, text.index(term), text.index(term) + len(term))

    assert defined("Alfa Sp. z o.o. (dalej: „Beta Nowa”) zbuduje", "o.o.", "Beta Nowa")
    assert defined("Alfa Sp. z o.o. (dalej jako „Beta”) zbuduje", "o.o.", "Beta")
    assert not defined("Alfa Sp. z o.o. (dalej Beta) zbuduje", "o.o.", "Beta")  # no quotes
    assert not defined("prowadzi Alfa, dalej „Beta” i Gamma", "Alfa", "Beta")  # no brackets
    assert not defined("Alfa (wcześniej: „Beta”) zbuduje", "Alfa", "Beta")  # not a defined_intro word


def test_compound_firm_word_shape() -> None:
    from kooperacja.extract.name_companies import _compound

    assert _compound("Agro-Mix") and _compound("Eko-Pak")
    assert (
        not _compound("Polsko-niemiecka")
        and not _compound("Bielsko-Biała-Wschód")
        and not _compound("PL-Tech")
    )
