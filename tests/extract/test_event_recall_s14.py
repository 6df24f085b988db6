"""Session 14 event recall in long investment news (ev14): a blind battery, written before reading the events code
or any errors. Passages in our own words; firms are invented, towns are real.

Each case names the events it wants: a type and the names of participants that must take part (loose keys, as
the scorer matches them); an event of that type matches where it holds at least one of them and a Jaccard index of
at least 1/3 with them. Guards (`NONE`) want no event of the type.

Constructions: investment told over two sentences (firm in one, plant in the next), a zone's support decision for a
firm, lists of investors, a headline stating the event, nominal events (opening, extension of a hall, the
cornerstone), an investor by copula ("inwestorem jest"), joint ventures, land bought for a plant, halls leased.

Pass count on the base (main 81aa4fc): 24 of 27 (failing: the background plant of an earlier year with a new one
announced, the firm named in one sentence and its centre in the next by a possessive, the joint venture's founding).
Pass count after ev14's rules: 25 of 27 (the possessive passed); after the fix (fixev14), which removed the
possessive rule for its misfires, 24 of 27 again. The rules added after the battery (RULES below) each come with a
guard; the guards at the end (GUARDS) are misfires a review found in rules now removed or narrowed.
"""

from __future__ import annotations

import pytest
from tests.extract.battery import loose_key

import kooperacja

CASES: dict[str, tuple[str, list[tuple[str, frozenset[str]]], list[str]]] = {}


def case(key: str, text: str, *wanted: tuple[str, set[str]], none: tuple[str, ...] = ()) -> None:
    assert key not in CASES, key
    CASES[key] = (text, [(t, frozenset(p)) for t, p in wanted], list(none))


case(
    "two_sentences_plant",
    "Spółka Bydplast z Bydgoszczy ogłosiła w poniedziałek nowe plany. Firma zbuduje w Świeciu zakład produkcji "
    "opakowań, w którym pracę znajdzie 150 osób.",
    ("investment", {"Bydplast"}),
)
case(
    "zone_decision_firm",
    "Wałbrzyska Specjalna Strefa Ekonomiczna wydała decyzję o wsparciu dla spółki Metalbud. Przedsiębiorstwo "
    "zainwestuje w Nowej Rudzie 40 mln zł w halę produkcyjną.",
    ("investment", {"Metalbud", "Wałbrzyska Specjalna Strefa Ekonomiczna"}),
)
case(
    "zone_decision_plain",
    "Łódzka Specjalna Strefa Ekonomiczna przyznała decyzję o wsparciu firmie Polvex, która rozbuduje zakład w "
    "Kutnie.",
    ("investment", {"Polvex"}),
)
case(
    "investor_copula",
    "W Stalowej Woli powstanie nowa fabryka komponentów. Inwestorem jest spółka Hydromet, która wyda na ten cel "
    "ponad 60 mln zł.",
    ("investment", {"Hydromet"}),
)
case(
    "investor_copula_after",
    "Nowa hala magazynowa stanie pod Strykowem. Jej inwestorem będzie firma Logipark.",
    ("investment", {"Logipark"}),
)
case(
    "opening_nominal",
    "W czwartek odbyło się uroczyste otwarcie zakładu firmy Elmotech w Mielcu. W nowej fabryce pracuje już 200 "
    "osób.",
    ("investment", {"Elmotech"}),
)
case(
    "cornerstone",
    "Na terenie strefy w Gliwicach wmurowano kamień węgielny pod nowe centrum badawcze spółki Avento.",
    ("investment", {"Avento"}),
)
case(
    "cornerstone_nominal",
    "Wmurowanie kamienia węgielnego pod fabrykę firmy Optiplast zaplanowano na 12 maja.",
    ("investment", {"Optiplast"}),
)
case(
    "hall_extension_nominal",
    "Rozbudowa hali produkcyjnej firmy Drewmax w Kaliszu ruszyła w marcu i potrwa do końca roku.",
    ("investment", {"Drewmax"}),
)
case(
    "headline",
    "Krosmet buduje nową fabrykę w Krośnie\n\nSpółka Krosmet rozpoczęła budowę zakładu o powierzchni 12 tys. m kw.",
    ("investment", {"Krosmet"}),
)
case(
    "list_of_investors",
    "W ubiegłym roku w podstrefie w Ostrowie Wielkopolskim zainwestowały firmy Agrotex, Polfarb i Bimet.",
    ("investment", {"Agrotex", "Polfarb", "Bimet"}),
)
case(
    "joint_venture",
    "Spółki Energon i Voltaris powołały wspólne przedsiębiorstwo, które wybuduje farmę fotowoltaiczną pod Koninem.",
    ("founding", {"Energon", "Voltaris"}),
)
case(
    "land_purchase",
    "Firma Granulex kupiła od gminy Kobierzyce 8 hektarów gruntu pod budowę nowego zakładu.",
    ("investment", {"Granulex"}),
)
case(
    "land_purchase_zone",
    "Spółka Betonix nabyła w Tarnobrzeskiej Specjalnej Strefie Ekonomicznej działkę, na której postawi "
    "wytwórnię prefabrykatów.",
    ("investment", {"Betonix"}),
)
case(
    "hall_lease",
    "Firma Kartonex wynajęła halę o powierzchni 20 tys. m kw. w parku logistycznym pod Poznaniem, gdzie "
    "uruchomi centrum dystrybucyjne.",
    ("investment", {"Kartonex"}),
)
case(
    "background_earlier_year",
    "Spółka Ferrotech działa w Lubinie od 2015 roku. Wtedy to otworzyła tam pierwszy zakład, a teraz ogłosiła "
    "budowę drugiego.",
    ("investment", {"Ferrotech"}),
)
case(
    "plant_launched",
    "Firma Nordplast uruchomiła nową linię produkcyjną w swoim zakładzie w Gorzowie Wielkopolskim.",
    ("investment", {"Nordplast"}),
)
case(
    "company_will_invest_next_sentence_plant",
    "Koncern Vestor zdecydował się na Polskę. Jego nowe centrum usług powstanie we Wrocławiu i zatrudni 500 "
    "specjalistów.",
    ("investment", {"Vestor"}),
)
case(
    "new_factory_of_firm_nominal",
    "Budowa nowej fabryki spółki Cerplast w Opocznie kosztowała 120 mln zł.",
    ("investment", {"Cerplast"}),
)
case(
    "permit_and_invest",
    "Firma Akwatech otrzymała zezwolenie na działalność w Słupskiej Specjalnej Strefie Ekonomicznej. W zamian "
    "zobowiązała się zainwestować 25 mln zł i utworzyć 40 miejsc pracy.",
    ("investment", {"Akwatech"}),
)
case(
    "expansion_verb",
    "Spółka Lentex rozbudowuje swój zakład w Lubartowie o nowy magazyn wysokiego składowania.",
    ("investment", {"Lentex"}),
)
case(
    "modernisation",
    "Zakłady Mięsne Borowiak zmodernizowały linię rozbioru w zakładzie w Kole za 15 mln zł.",
    ("investment", {"Zakłady Mięsne Borowiak"}),
)
case(
    "agreement_in_article",
    "Gmina Środa Śląska podpisała z firmą Techbau umowę sprzedaży nieruchomości, na której firma wybuduje "
    "zakład.",
    ("investment", {"Techbau"}),
)
case(
    "opened_plant_with_host",
    "Miasto Dębica gościło w piątek zarząd spółki Sanwood, która otworzyła tam centrum logistyczne.",
    ("investment", {"Sanwood"}),
)
case(
    "guard_plan_without_time",
    "Spółka Marbex rozważa kiedyś budowę zakładu, ale nie podjęła jeszcze decyzji.",
    none=("investment",),
)
case(
    "guard_closing",
    "Firma Textor zamknęła swój zakład w Łodzi i zwolniła 80 pracowników.",
    none=("investment",),
)
case(
    "guard_hall_sport",
    "W hali sportowej w Kielcach odbył się turniej siatkówki, w którym zagrał klub Vive.",
    none=("investment",),
)


def _events(text: str) -> list[tuple[str, set[str]]]:
    rec = kooperacja.extract(text, doc_id="t", published="2026-03-10")
    keys: dict[str, set[str]] = {
        e["id"]: {loose_key(e["name"]), *map(loose_key, e.get("aliases", []))} for e in rec["entities"]
    }
    return [(e["type"], [keys[p["entity"]] for p in e["participants"]]) for e in rec["events"]]


def _problems(key: str) -> list[str]:
    return _check(*CASES[key])


def _check(text: str, wanted: list[tuple[str, frozenset[str]]], none: list[str]) -> list[str]:
    events = _events(text)
    problems = []
    for typ, names in wanted:
        want = {loose_key(n) for n in names}
        ok = False
        for t, parts in events:
            if t != typ:
                continue
            hit = sum(1 for ks in parts if ks & want)
            union = len(parts) + len(want) - hit
            if hit and hit / union >= 1 / 3:
                ok = True
        if not ok:
            problems.append(f"missing {typ} {sorted(names)}; got {events}")
    for typ in none:
        if any(t == typ for t, _p in events):
            problems.append(f"unwanted {typ}: {events}")
    return problems


FAILING: set[str] = {"background_earlier_year", "joint_venture", "company_will_invest_next_sentence_plant"}


@pytest.mark.parametrize(
    "key", [pytest.param(k, marks=[pytest.mark.xfail(strict=True)] if k in FAILING else []) for k in CASES]
)
def test_event_recall_s14(key: str) -> None:
    assert _problems(key) == []


if __name__ == "__main__":
    failed = {k: p for k in CASES if (p := _problems(k))}
    for k, p in failed.items():
        print(k, p)
    print(f"{len(CASES) - len(failed)} of {len(CASES)} pass")
    print(sorted(failed))


# Rules added after the battery, each with its guard (passages in our own words).
RULES: dict[str, tuple[str, list[tuple[str, frozenset[str]]], list[str]]] = {}


def rule(key: str, text: str, *wanted: tuple[str, set[str]], none: tuple[str, ...] = ()) -> None:
    assert key not in RULES, key
    RULES[key] = (text, [(t, frozenset(p)) for t, p in wanted], list(none))


# a word the text defines for a company ("(dalej: „Emitent”)") stands for that company alone
# (event_cues defined_term, participant_cues._defined); undefined, it stands for none
rule(
    "issuer_defined_builds",
    "Zarząd spółki Kartex S.A. z siedzibą w Opolu (dalej: „Emitent”) podaje do wiadomości, że podpisał list "
    "intencyjny z firmą Lakmet. Emitent wybuduje w Nysie nową halę magazynową.",
    ("investment", {"Kartex"}),
)
rule(
    "issuer_defined_parent_not_counterparty",
    "Zarząd spółki Drewpol S.A. („Emitent”) informuje, że spółka zależna Drewpol Logistyka Sp. z o.o. zawarła "
    "umowę z firmą Lakmet. Na jej mocy emitent wybuduje w Pile nowy magazyn.",
    ("investment", {"Drewpol S.A."}),
)
rule(
    "guard_issuer_undefined",
    "Spółka Nordplast zawarła umowę z firmą Bimet na dostawę maszyn. Emitent zbuduje w Gorzowie nową halę.",
    none=("investment",),
)
rule(
    "guard_issuer_undefined_lower",
    "Spółka Drewpol podpisała umowę z firmą Lakmet. Zgodnie z raportem bieżącym emitent otworzy w Mielcu nowy "
    "magazyn.",
    none=("investment",),
)
rule(
    "guard_issuer_sales",
    "Zarząd spółki Kartex S.A. (dalej: „Emitent”) podaje, że sprzedaż Emitenta w drugim kwartale wzrosła o 12 proc.",
    none=("investment", "agreement"),
)
# money set aside "na" a plant (event_cues fund_verb, fund_preposition), not on a line of credit or products
# (no_plant_modifier: not a line of credit or guarantees)
rule(
    "fund_for_line",
    "Spółka Lakmet przeznaczy 22 mln zł na nową linię lakierniczą w hali pod Gnieznem.",
    ("investment", {"Lakmet"}),
)
rule(
    "fund_for_warehouse",
    "Firma Drewpol przeznaczyła 12 mln zł na magazyn wyrobów gotowych przy swojej fabryce w Kole.",
    ("investment", {"Drewpol"}),
)
rule(
    "guard_fund_for_promotion",
    "Spółka Drewpol przeznaczy 2 mln zł na promocję swoich wyrobów za granicą.",
    none=("investment",),
)
rule(
    "guard_fund_for_credit_line",
    "Bank Polmark przeznaczy 200 mln zł na nową linię kredytową dla eksporterów.",
    none=("investment",),
)
# the imperfective "przeznacza" (fund_verb) states an investment as the perfective does; a line of loans or of
# leasing (no_plant_modifier) is no plant
rule(
    "fund_imperfective_for_hall",
    "Co roku spółka Metalbud przeznacza 3 mln zł na modernizację hali produkcyjnej w Kutnie.",
    ("investment", {"Metalbud"}),
)
rule(
    "guard_fund_imperfective_for_advertising",
    "Co roku spółka Metalbud przeznacza 3 mln zł na reklamę w prasie branżowej.",
    none=("investment",),
)
rule(
    "guard_fund_for_loan_line",
    "Bank Agrokred przeznaczy 80 mln zł na nową linię pożyczkową dla rolników.",
    none=("investment",),
)
rule(
    "guard_fund_for_leasing_line",
    "Firma Autolis przeznaczy 40 mln zł na linię leasingową dla przewoźników.",
    none=("investment",),
)
rule(
    "guard_fund_for_guarantee_line",
    "Fundusz Regionu przeznaczy 50 mln zł na linię gwarancyjną dla małych firm.",
    none=("investment",),
)
rule(
    "fund_for_warehouse_of_goods",
    "Spółka Kartex przeznaczy 9 mln zł na magazyn produktów gotowych w Nysie.",
    ("investment", {"Kartex"}),
)
rule(
    "guard_launch_credit_line",
    "Bank Polmark uruchomił nową linię kredytową dla eksporterów.",
    none=("investment",),
)

# a plant noun written with a capital, in no name, before the firm that owns it (trigger_investments._titled_plant)
rule(
    "titled_centre_of_firm",
    "Jak poinformował zarząd, w Gdańsku powstanie Centrum Badawcze firmy Avento.",
    ("investment", {"Avento"}),
)
rule(
    "guard_titled_hall_of_venue",
    "Jak poinformował zarząd, w Gdańsku powstanie Centrum Kultury, a spółka Avento dostarczy do niego krzesła.",
    none=("investment",),
)
# a common noun opening a line with a legal form right after it is the firm's whole name (chunker)
rule(
    "list_item_firm_with_legal_form",
    "Wykaz firm z nowymi decyzjami:\n• Laminat Sp. z o.o. – dostawca okuć, który wybuduje w Tarnowie magazyn;\n"
    "• Metalex S.A. – firma, która rozbuduje zakład w Tychach.",
    ("investment", {"Laminat"}),
    ("investment", {"Metalex"}),
)

# the money verb before its amount and the noun of building, its subject a company's kind noun: the company acts
# (participant_policies._verb_before, `fund_verb`); a firm opening a line with its town and legal form (chunker)
rule(
    "fund_verb_over_amount",
    "Nowi inwestorzy w strefie:\n• Laminat Tarnów Sp. z o.o. – dostawca drzwi. Spółka przeznaczy blisko 45 mln zł "
    "na rozbudowę hali w Tarnowie.",
    ("investment", {"Laminat Tarnów"}),
)
rule(
    "guard_verb_far_before_noun",
    "Firma Drewnex zapłaciła ok. 20 mln zł za maszyny. Firma zapłaci ok. 2 mln zł kary za opóźnienie rozbudowy "
    "zakładu.",
    none=("investment",),
)
rule(
    "guard_fund_verb_city",
    "Spółka Metalex szuka terenu pod zakład. Miasto przeznaczy w tym roku około 8 mln zł na budowę hali, którą "
    "wynajmie firmie.",
    none=("investment",),
)
rule(
    "guard_fund_verb_commune",
    "Spółka Metalex ma zakład w Radomiu. Gmina przeznaczy w tym roku około 10 mln zł na budowę hali dla firmy.",
    none=("investment",),
)
rule(
    "guard_fund_verb_agency",
    "Spółka Polmet ma fabrykę w Tczewie. Agencja przeznaczy w tym roku około 40 mln zł na budowę hal dla firm, w "
    "tym dla spółki.",
    none=("investment",),
)

# Misfires of two removed rules (a possessive opening a sentence pointing at the subject of the sentence before;
# two dated plants in two towns kept apart): guards that hold on main as after the removal
rule(
    "guard_possessive_opinion",
    "Minister rozwoju odwiedził zakład spółki Lakmet w Kole. Jego zdaniem w regionie powinny powstać kolejne fabryki.",
    none=("investment",),
)
rule(
    "guard_possessive_opinion_firm",
    "Firma Drewpol poinformowała o wynikach. Jej zdaniem budowa nowego magazynu w Pile nie ma sensu.",
    none=("investment",),
)
rule(
    "guard_possessive_new_owner",
    "Firma Granulex sprzedała zakład w Kobierzycach. Jego nowy właściciel rozbuduje halę.",
    none=("investment",),
)
rule(
    "guard_possessive_mayor",
    "Spółka Lakmet podpisała umowę z gminą Kutno. Jej burmistrz zapowiedział budowę nowej hali w strefie.",
    none=("investment",),
)
rule(
    "guard_possessive_plural",
    "Spółka Alkor rozmawia z inwestorami z Niemiec. Ich nowa hala powstanie w Pile.",
    none=("investment",),
)
rule(
    "guard_possessive_office_of_town",
    "Miasto Kalisz ma nowego prezydenta. Jego nowe biuro powstanie w ratuszu.",
    none=("investment",),
)


def test_plant_opened_in_another_town_later_is_one_event() -> None:
    """ "tę fabrykę": the plant the decision was for, opened two years on (one event, as on main)."""
    text = (
        "W 2021 r. spółka Avento odebrała w Katowicach decyzję o wsparciu na budowę zakładu. W 2023 r. firma "
        "otworzyła tę fabrykę w Gliwicach."
    )
    events = kooperacja.extract(text, doc_id="t", published="2026-03-10")["events"]
    assert len([e for e in events if e["type"] == "investment"]) == 1


def test_permit_and_its_plant_later_are_one_event() -> None:
    text = (
        "W 2021 r. Katowicka Specjalna Strefa Ekonomiczna w Katowicach wydała decyzję o wsparciu dla spółki Avento. "
        "W 2023 r. Avento otworzyła zakład w Gliwicach."
    )
    events = kooperacja.extract(text, doc_id="t", published="2026-03-10")["events"]
    assert len(events) == 1


@pytest.mark.parametrize("key", list(RULES))
def test_event_rules_s14(key: str) -> None:
    assert _check(*RULES[key]) == []
