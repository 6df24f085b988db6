"""Counter-examples to org9's boilerplate and name rules of session 10 (issue 8; fixorg10), in our own words: a
reviewer's verified misfires re-told with other firms, towns and shapes, each beside a guard that the rule's
intended case still works. What is wanted follows annotation.md and eval/own3/README.md: a credit line, a link's
headline and a byline name no entity, and so give no figure and no event; a quote after "dodał:", an apposition
"red. naczelny …", a list that trails off, a list of laureates or board members after a colon and a funder after
"Źródło finansowania:" are the news itself; a unit's formal name ("Gminy X i Y") is an organisation in any
position. Every firm, person and sentence is invented."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from kooperacja import extract


@dataclass(frozen=True)
class Case:
    text: str
    orgs: frozenset[str] = frozenset()  # organisations the record must hold (by name or alias)
    persons: frozenset[str] = frozenset()  # persons the record must hold
    places: frozenset[str] = frozenset()  # places the record must hold
    no_entity: frozenset[str] = frozenset()  # no entity's name may contain one of these
    events: tuple[str, ...] = ()  # event types the record must hold
    figures: tuple[tuple[str, str, float], ...] = ()  # (owner, metric, value) the record must hold
    no_value: frozenset[float] = frozenset()  # no figure may have one of these values
    most_events: int | None = None  # at most this many events


CASES: dict[str, Case] = {}


def _c(key: str, text: str, **kw: Any) -> None:
    assert key not in CASES, key
    CASES[key] = Case(text, **{k: frozenset(v) if isinstance(v, set) else v for k, v in kw.items()})


M = 1_000_000

# ---- 1. a verb of speech and a colon open a quote, no credit line
_c(
    "quote_after_dodal_with_marks",
    "Marek Wilk, dyrektor firmy Termobud, dodał: „Wspólnie z Politechniką Opolską i spółką Kermet otworzymy "
    "centrum badań w Brzegu”.",
    orgs={"Termobud", "Politechnika Opolska", "Kermet"},
    places={"Brzeg"},
)
_c(
    "quote_after_dodala_without_marks",
    "Ewa Kruk, wiceprezes Agencji Rozwoju Przemysłu, dodała: umowa z firmą Alpex obejmie trzy nowe hale.",
    orgs={"Agencja Rozwoju Przemysłu", "Alpex"},
)
_c(
    "guard_credit_after_comma",
    "Hala spółki Tartan w Oleśnie tuż przed otwarciem, fot. Adam Bąk\nTartan zatrudni w niej 60 osób.",
    orgs={"Tartan"},
    no_entity={"Bąk"},
)
_c(
    "guard_posted_by_after_comma",
    "Opublikowano: 2.05.2026, Zamieściła: Irena Maj\nFirma Kolbet kupiła od gminy Brzeg działkę w strefie.",
    orgs={"Kolbet"},
    no_entity={"Irena Maj"},
)
# ---- 2. "red." after a comma: an editor's title in apposition, no credit
_c(
    "editor_in_chief_apposition",
    "Na konferencji mówili Piotr Lis, red. naczelny Tygodnika Kaliskiego, oraz Ewa Mróz z firmy Kaltex i Gmina "
    "Opatówek.",
    orgs={"Kaltex", "Gmina Opatówek"},
    persons={"Ewa Mróz"},
)
_c(
    "guard_red_credit_after_comma",
    "Spółka Bromex otworzyła salon w Kole, red. Jan Wróbel",
    orgs={"Bromex"},
    no_entity={"Wróbel"},
)
# ---- 3. a line that trails off is no teaser unless short and cut inside a lower-case word
_c(
    "list_trailing_off_with_a_name",
    "W parku technologicznym działają już m.in. firmy Amtex, Borwit, Celmar i Dentra, a także Elgotex…",
    orgs={"Amtex", "Borwit", "Celmar", "Dentra"},
)
_c(
    "list_trailing_off_last_item_after_a_takze",
    "W strefie inwestują m.in. firmy Amtex i Borwit, a także Elgotex…",
    orgs={"Amtex", "Borwit", "Elgotex"},
)
_c(
    "guard_teaser_cut_in_a_sentence_opening_word",
    "Firma Zetkam otworzyła biuro w Nysie.\nW Opolu powstaje nowe centrum biznesu koncernu Weltax i jego "
    "partnerów. Inwes...",
    orgs={"Zetkam"},
    no_entity={"Weltax", "Opole"},
)
_c(
    "paragraph_cut_off_is_no_teaser",
    "Spółka Rolbud z Turku podpisała w poniedziałek umowę z Gminą Turek na dzierżawę terenu w strefie, a jej "
    "prezes zapowiedział, że w ciągu dwóch lat firma zbuduje tam halę, centrum logistyczne i biurowiec, a potem "
    "rozważy dalsze inwe…",
    orgs={"Rolbud", "Gmina Turek"},
)
_c(
    "guard_short_teaser_cut_off",
    "Firma Zetkam otworzyła biuro w Nysie.\nKoncern Weltax ogłosił plany w Opolu. Chodzi o nowy zakład i "
    "współpra…",
    orgs={"Zetkam"},
    no_entity={"Weltax"},
)
# ---- 4. "Czytaj także" / "Zobacz również" take only the short headline lines right under them
_c(
    "read_also_then_own_paragraph",
    "Czytaj także:\nRekordowy rok firmy Dromax\nFirma Polbox podpisała umowę z Gminą Kutno. Zakład zatrudni 120 "
    "osób.",
    orgs={"Polbox", "Gmina Kutno"},
    no_entity={"Dromax"},
    events=("agreement",),
    figures=(("Polbox", "jobs", 120),),
)
_c(
    "see_also_then_own_paragraph_at_once",
    "Zobacz również\nSpółka Metalbud uruchomiła w Oleśnicy nową lakiernię. Kosztowała 25 mln zł.",
    orgs={"Metalbud"},
    places={"Oleśnica"},
    events=("investment",),
    figures=(("Metalbud", "investment", 25 * M),),
)
_c(
    "guard_headlines_under_see_also",
    "Firma Lamor kupiła działkę w Radomiu.\n\nZobacz też:\nKoncern Baltik otwiera biuro w Gdyni\n\nSpółka Orvit "
    "zbuduje magazyn\n\nLamor zatrudni na działce 50 osób.",
    orgs={"Lamor"},
    no_entity={"Baltik", "Orvit", "Gdynia"},
)
# ---- 5. a name alone on a line inside a list is no byline
_c(
    "laureates_in_bullets",
    "Laureatami nagrody Innowator Regionu zostali:\n• Tomasz Gil\n• Agata Sowa\n• Bogdan Kania",
    persons={"Tomasz Gil", "Agata Sowa", "Bogdan Kania"},
)
_c(
    "board_listed_after_colon",
    "Spółka Kremet powołała nowy zarząd. W jego skład weszli:\nRoman Łoś\nIrena Kos",
    orgs={"Kremet"},
    persons={"Roman Łoś", "Irena Kos"},
)
_c(
    "guard_byline_last_line",
    "Firma Rotex otworzyła w Pile centrum serwisowe. Zatrudni w nim 30 osób.\n\nKatarzyna Mech",
    orgs={"Rotex"},
    no_entity={"Mech"},
)
_c(
    "guard_contact_under_one_word_label",
    "Spółka Dombud szuka najemców dla nowego biurowca w Kielcach.\nKontakt:\nMonika Sarna\nkierownik ds. najmu",
    orgs={"Dombud"},
    no_entity={"Sarna"},
)
_c(
    "guard_byline_twice_under_headline",
    "Strefa w Kutnie rośnie\n\nJakub Wrona\n\nJakub Wrona\n\nSpółka Kutbox kupiła w strefie 5 ha. Zbuduje tam "
    "magazyn.\n\nMagazyn ruszy w 2027 roku.\n\nZatrudni 40 osób.",
    orgs={"Kutbox"},
    no_entity={"Wrona"},
)
# ---- 6. "Źródło" with a qualifier other than a medium names a funder or a source that acts
_c(
    "source_of_funding_names_a_funder",
    "Projekt spółki Ekolan kosztował 8 mln zł.\nŹródło finansowania: Bank Gospodarstwa Krajowego oraz środki "
    "własne firmy.",
    orgs={"Ekolan", "Bank Gospodarstwa Krajowego"},
)
_c(
    "source_of_data_mid_line_acts",
    "Eksport firmy Drewpol rośnie; źródło danych: Krajowa Izba Gospodarcza, która współpracuje ze spółką Drewpol.",
    orgs={"Drewpol", "Krajowa Izba Gospodarcza"},
)
_c(
    "guard_source_of_information_short",
    "Uczelnia w Pile otworzyła laboratorium z firmą Medtech.\nŹródło info: Akademia Nadnotecka w Pile",
    orgs={"Medtech"},
    no_entity={"Nadnotecka"},
)
_c(
    "guard_source_of_photo",
    "Spółka Termal otworzyła halę w Kłodzku.\nŹródło zdjęcia: Studio Lumen",
    orgs={"Termal"},
    no_entity={"Lumen"},
)
# ---- 7. a number that counts a noun after a maker's name is no model number
_c(
    "maker_before_counted_pieces",
    "Przewoźnik z Torunia zamówił autobusy Solaris 10 sztuk.",
    orgs={"Solaris"},
)
_c(
    "guard_model_number_after_name",
    "Rolnicy kupili ciągnik Farmex 250 od spółki Agromasz.",
    orgs={"Agromasz"},
    no_entity={"Farmex"},
)
# ---- 8. a unit's formal name is an organisation at a sentence's start too (annotation.md)
_c(
    "plural_units_open_the_sentence",
    "Gminy Wronki i Obrzycko podpisały porozumienie z firmą Lasbud.",
    orgs={"Gmina Wronki", "Gmina Obrzycko", "Lasbud"},
)
_c(
    "guard_plural_units_mid_sentence",
    "Porozumienie z firmą Lasbud podpisały Gminy Wronki i Obrzycko.",
    orgs={"Gmina Wronki", "Gmina Obrzycko", "Lasbud"},
)
# ---- 9. boilerplate spans hold for figures and events too
_c(
    "figure_in_link_headline",
    "Spółka Tekmar otworzyła w Jaśle halę. Hala kosztowała 12 mln zł.\n\nCzytaj także: Firma Norbis zainwestuje "
    "90 mln zł w Krośnie",
    orgs={"Tekmar"},
    no_entity={"Norbis"},
    figures=(("Tekmar", "investment", 12 * M),),
    no_value={90 * M},
    most_events=1,
)
_c(
    "registry_acronyms_in_a_list_after_a_company",  # not_org_acronyms rows KRS, NIP hold for names listed after a comma
    "Firma Dartex sp. z o.o., KRS 0000123456, NIP 123-456-78-90, otworzyła magazyn w Opocznie.",
    orgs={"Dartex sp. z o.o."},
    no_entity={"KRS", "NIP"},
)
_c(
    "polecamy_link_headline",  # one vocabulary of link openers (name_context link_before) for names, figures, events
    "Firma Dartex podpisała list intencyjny z Gminą Opoczno.\n\nPolecamy: Spółka Omnix otworzyła biuro w Radomiu",
    orgs={"Dartex", "Gmina Opoczno"},
    no_entity={"Omnix"},
    most_events=1,
)
_c(
    "event_in_headline_under_link",
    "Firma Gralex podpisała umowę z Gminą Sieradz.\n\nPrzeczytaj:\nKoncern Velmo otworzył fabrykę w Łasku",
    orgs={"Gralex", "Gmina Sieradz"},
    no_entity={"Velmo", "Łask"},
    events=("agreement",),
    most_events=1,
)
# ---- 10. org9's later rules (aafe498..8461a76): a county and a town stay two; a Polish holding's name stays
_c(
    "county_and_town_stay_two",
    "Powiat Kaliski i Miasto Kalisz podpisały porozumienie o współpracy z firmą Kalmet.",
    orgs={"Powiat Kaliski", "Miasto Kalisz", "Kalmet"},
    events=("agreement",),
)
_c(
    "polish_holding_name_is_an_organisation",
    "Polski Holding Farmaceutyczny kupił zakład w Łodzi od firmy Medex.",
    orgs={"Polski Holding Farmaceutyczny", "Medex"},
)


def _fold(name: str) -> str:
    return name.replace("„", "").replace("”", "").casefold()


def check(case: Case) -> list[str]:
    """What the extraction of one passage gets wrong (empty when it passes)."""
    rec = extract(case.text, doc_id="review-s10fixorg10", published="2026-05-10")
    ents = rec["entities"]
    names = {e["id"]: {_fold(n) for n in [e["name"], *e.get("aliases", [])]} for e in ents}
    of_type = {
        t: set().union(*(names[e["id"]] for e in ents if e["type"] == t))
        for t in ("organization", "person", "place")
    }
    problems = [
        f"missing organisation {n!r}" for n in sorted(case.orgs) if _fold(n) not in of_type["organization"]
    ]
    problems += [f"missing person {n!r}" for n in sorted(case.persons) if _fold(n) not in of_type["person"]]
    problems += [f"missing place {n!r}" for n in sorted(case.places) if _fold(n) not in of_type["place"]]
    problems += [
        f"boilerplate entity {e['name']!r}"
        for e in ents
        for w in case.no_entity
        if _fold(w) in _fold(e["name"])
    ]
    types = [ev["type"] for ev in rec["events"]]
    problems += [f"missing event {t}" for t in case.events if t not in types]
    if case.most_events is not None and len(types) > case.most_events:
        problems.append(f"too many events: {types}")
    for owner, metric, value in case.figures:
        if not any(
            fg["metric"] == metric and float(fg["value"]) == value and _fold(owner) in names[fg["entity"]]
            for fg in rec["figures"]
        ):
            problems.append(f"missing figure {owner} {metric} {value}")
    problems += [
        f"boilerplate figure {fg['value']}" for fg in rec["figures"] if float(fg["value"]) in case.no_value
    ]
    return problems


FAILING = {
    "list_trailing_off_last_item_after_a_takze": "a bare unknown name after 'a także' that ends a list of firms is no "
    "list item (main 0b72752 misses it too; no boilerplate rule drops it)",
}


@pytest.mark.parametrize(
    "key",
    [
        pytest.param(k, marks=pytest.mark.xfail(strict=True, reason=FAILING[k])) if k in FAILING else k
        for k in sorted(CASES)
    ],
)
def test_review_s10fixorg10(key: str) -> None:
    assert check(CASES[key]) == []


if __name__ == "__main__":  # PYTHONPATH=src python -m tests.extract.test_review_s10fixorg10
    for k in sorted(CASES):
        print(k, check(CASES[k]) or "ok")
