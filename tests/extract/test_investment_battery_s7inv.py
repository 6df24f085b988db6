"""A second battery of invented passages about investments and plants (issue 8, session 7), written after the
s5 battery passed and the held-out slice still lost half its investments: other shapes of the same news. Zone
permits granted in other words, plant verbs in their other aspects, participles and gerunds, ceremonies
(a cornerstone, a first spade), investors named by a copula or a list, headlines that are a noun phrase,
impersonal sentences whose investor is in the sentence before, announced against wished-for plants, things
about investment that are no investment (a report, a ranking, a climate, a programme, land on offer), and
sentences where an award or a cooperation word stands beside an investment. Every passage is written for this
file: companies, towns and amounts are invented.

The case format and the check are the s5 battery's (`Case`, `inv`, `check`).
"""

from __future__ import annotations

import pytest
from tests.extract.battery import keyed_params, print_pass_count
from tests.extract.test_investment_battery_s5inv import Case, check, inv

CASES: dict[str, Case] = {
    # --- zone permits and support decisions in other words ----------------------------------------------------
    "strefa_przyznala_permit": Case(
        "Wałbrzyska Specjalna Strefa Ekonomiczna przyznała spółce Ferrovent zezwolenie na działalność.",
        events=(inv("Ferrovent"),),
        none=("award",),
    ),
    "decyzje_wydano_dla": Case(
        "W październiku decyzję o wsparciu wydano dla firmy Kalmar Logistics, która zbuduje magazyn w Strykowie.",
        events=(inv("Kalmar Logistics"),),
        count=1,
    ),
    "zezwolenie_otrzymala_subject_last": Case(
        "Zezwolenie na działalność w strefie otrzymała w poniedziałek spółka Brennwald Wood.",
        events=(inv("Brennwald Wood"),),
    ),
    "decyzje_otrzymaly_colon_list": Case(
        "Decyzje o wsparciu nowych inwestycji otrzymały: Optifood Sp. z o.o., Mirbud Elektro S.A. i Karpol "
        "Sp. z o.o.",
        events=(inv("Optifood Sp. z o.o."), inv("Mirbud Elektro S.A."), inv("Karpol Sp. z o.o.")),
        count=3,
    ),
    "wsparcie_uzyskala_ksse": Case(
        "Spółka Termoplex uzyskała od Katowickiej Specjalnej Strefy Ekonomicznej decyzję o wsparciu "
        "inwestycji w Żorach.",
        events=(inv("Termoplex"),),
    ),
    "podobna_decyzje_next_sentence": Case(
        "Decyzję o wsparciu odebrała w poniedziałek spółka Termika. Taką samą decyzję otrzymała firma Lavapol.",
        events=(inv("Termika"), inv("Lavapol")),
        count=2,
    ),
    # --- plant verbs: aspect partners, participles, gerunds ----------------------------------------------------
    "rozbudowywala_imperfective_past": Case(
        "Przez dwa lata spółka Sanimex rozbudowywała swój zakład w Krotoszynie.", events=(inv("Sanimex"),)
    ),
    "modernizuje_imperfective": Case(
        "Firma Paprotex modernizuje linię lakierniczą w zakładzie w Bełchatowie.", events=(inv("Paprotex"),)
    ),
    "otwiera_oddzial": Case(
        "Niemiecki bank Nordhaus otwiera pierwszy oddział w Lublinie.", events=(inv("Nordhaus"),)
    ),
    "otworzy_centrum_uslug": Case(
        "Koncern Trevista otworzy w Bydgoszczy centrum usług wspólnych dla 400 pracowników.",
        events=(inv("Trevista"),),
    ),
    "wybudowany_przez_participle": Case(
        "Wybudowany przez spółkę Glassdom zakład w Zawierciu produkuje szyby zespolone.",
        events=(inv("Glassdom"),),
    ),
    "otwarty_w_marcu_participle": Case(
        "Otwarty w marcu zakład firmy Sonaris w Tczewie zatrudnia już 200 osób.", events=(inv("Sonaris"),)
    ),
    "otwarto_impersonal": Case(
        "W Lesznie uroczyście otwarto nową fabrykę spółki Ventorex.", events=(inv("Ventorex"),)
    ),
    "fabryka_powstala_past": Case(
        "Fabryka firmy Bioderm powstała w Nowym Sączu w ubiegłym roku.", events=(inv("Bioderm"),)
    ),
    "powstaja_plural_plants": Case(
        "W podstrefie Ostrów powstają hale spółek Logitrans i Cargomax.",
        events=(inv("Logitrans"), inv("Cargomax")),
        count=2,
    ),
    "kamien_wegielny": Case(
        "Pod nową fabrykę firmy Plexar w Mielcu wmurowano w czwartek kamień węgielny.",
        events=(inv("Plexar"),),
    ),
    "pierwsza_lopata": Case(
        "Symboliczną pierwszą łopatę pod centrum dystrybucyjne spółki Cargolink wbito w Pruszkowie.",
        events=(inv("Cargolink"),),
    ),
    "wmurowanie_gerund": Case(
        "Uroczystość wmurowania kamienia węgielnego pod halę firmy Tormet odbyła się w Kole.",
        events=(inv("Tormet"),),
    ),
    "zwieksza_moc_imperfective": Case(
        "Spółka Elbor stopniowo zwiększa moc zakładu w Kłodzku.", events=(inv("Elbor"),)
    ),
    "zakonczyla_inwestycje": Case(
        "Firma Vertigo zakończyła w maju inwestycję w Słubicach.", events=(inv("Vertigo"),)
    ),
    "oddano_do_eksploatacji": Case(
        "Spółka Aquanet Nord oddała do eksploatacji stację uzdatniania wody w Redzie.",
        events=(inv("Aquanet Nord"),),
    ),
    "zaczela_produkcje_gap": Case(
        "Spółka Dermapol zaczęła w Wadowicach produkcję kosmetyków.", events=(inv("Dermapol"),)
    ),
    "przetarg_is_no_investment": Case(
        "Firma budowlana Konstal wygrała przetarg na rozbudowę zakładu w Tczewie.", none=("investment",)
    ),
    "rozpoczela_dzialalnosc_zaklad": Case(
        "Nowy zakład spółki Woodline w Lubartowie rozpoczął działalność.", events=(inv("Woodline"),)
    ),
    "przenosi_produkcje_imperfective": Case(
        "Szwedzka firma Ekberg przenosi produkcję z Niemiec do Gorzowa.", events=(inv("Ekberg"),)
    ),
    "sprowadza_produkcje": Case(
        "Duński producent zabawek Legmo sprowadza do Nyregi produkcję klocków z Meksyku.",
        events=(inv("Legmo"),),
    ),
    "inwestuje_present": Case(
        "Spółka Halvor inwestuje 40 mln zł w nową halę w Kutnie.", events=(inv("Halvor"),)
    ),
    "zainwestowania_gerund_done": Case(
        "Dzięki zainwestowaniu 25 mln zł firma Orbitex podwoiła moce zakładu w Głogowie.",
        events=(inv("Orbitex"),),
    ),
    "uruchomiona_zostala_produkcja": Case(
        "W zakładzie firmy Aquaterm w Rybniku została uruchomiona produkcja pomp ciepła.",
        events=(inv("Aquaterm"),),
    ),
    "oddala_do_uzytku_magazyn": Case(
        "Spółka Pantera Logistics oddała do użytku magazyn w Gądkach.", events=(inv("Pantera Logistics"),)
    ),
    # --- investors named by a copula, a list, a headline --------------------------------------------------------
    "wsrod_inwestorow_znalazly_sie": Case(
        "Wśród nowych inwestorów strefy znalazły się firmy Dentamed i Polfoam.",
        events=(inv("Dentamed"), inv("Polfoam")),
        count=2,
    ),
    "inwestorem_zakladu_jest": Case(
        "Inwestorem budowanego w Oleśnie zakładu jest spółka Grenland.", events=(inv("Grenland"),)
    ),
    "sa_nimi_after_new_investors": Case(
        "Podstrefa Łowicz pozyskała dwóch nowych inwestorów. Są nimi firmy Grafmet i Wolpak.",
        events=(inv("Grafmet"), inv("Wolpak")),
        count=2,
    ),
    "one_of_them_is_no_investor": Case(
        "Przedsiębiorcy chwalą obsługę w strefie. Jednym z nich jest szef firmy Delmar.", none=("investment",)
    ),
    "headline_inwestycja_firmy": Case(
        "Inwestycja firmy Arcelmet w Dąbrowie Górniczej\n\nZakład będzie produkował blachy ocynkowane.",
        events=(inv("Arcelmet"),),
    ),
    "headline_nowy_zaklad": Case(
        "Nowy zakład spółki Nexpol w Radomiu\n\nPracę znajdzie w nim 90 osób.", events=(inv("Nexpol"),)
    ),
    "dolaczyla_do_strefy_is_investment": Case(
        "Do Pomorskiej Specjalnej Strefy Ekonomicznej dołączyła firma Seaplast.",
        events=(inv("Seaplast", "Pomorska Specjalna Strefa Ekonomiczna"),),
        none=("membership",),
    ),
    # --- passive and impersonal: the investor in the sentence before -------------------------------------------
    "investor_in_previous_sentence": Case(
        "Spółka Dorvex od lat produkuje w Pile meble. W tym roku rozbudowano jej zakład o nową halę.",
        events=(inv("Dorvex"),),
    ),
    "zero_subject_next_sentence": Case(
        "Firma Kentrol ma siedzibę w Toruniu. Teraz zbuduje drugi zakład w Grudziądzu.",
        events=(inv("Kentrol"),),
    ),
    # --- announced against planned or wished ---------------------------------------------------------------------
    "ogłosila_ze_zbuduje": Case(
        "Spółka Electra Drive ogłosiła, że zbuduje w Jaworze fabrykę silników.",
        events=(inv("Electra Drive"),),
    ),
    "byc_moze_is_no_event": Case(
        "Być może firma Sendor w przyszłości otworzy zakład w Polsce.", none=("investment",)
    ),
    "rozmowy_z_inwestorem_is_no_event": Case(
        "Gmina Kłodawa prowadzi rozmowy z firmą Steelcon w sprawie budowy zakładu.", none=("investment",)
    ),
    "jesli_is_no_event": Case(
        "Jeśli spółka Vilmar dostanie dotację, rozbuduje zakład w Kole.", none=("investment",)
    ),
    "ruszyla_budowa_fronted": Case("Ruszyła budowa fabryki spółki Delfa w Chełmnie.", events=(inv("Delfa"),)),
    "headline_z_decyzja": Case("Spółka Krystal z decyzją o wsparciu", events=(inv("Krystal"),)),
    "jest_rozbudowywany_passive_present": Case(
        "Zakład firmy Omegaplast w Słupsku jest obecnie rozbudowywany.", events=(inv("Omegaplast"),)
    ),
    "trwaja_prace_przy_budowie": Case(
        "Trwają prace przy budowie centrum logistycznego firmy Rolnex w Pile.", events=(inv("Rolnex"),)
    ),
    "plan_in_relative_clause_not_the_plant": Case(
        "Spółka Amberwood, która planuje wejście na giełdę, otworzyła fabrykę w Braniewie.",
        events=(inv("Amberwood", status="done"),),
    ),
    "jest_mozliwa_is_no_event": Case(
        "Budowa zakładu spółki Gamart w Kole jest możliwa, ale zależy od dotacji.", none=("investment",)
    ),
    "nie_wyklucza_is_no_event": Case(
        "Firma Ostrix nie wyklucza budowy zakładu w Polsce.", none=("investment",)
    ),
    # --- no investment events ----------------------------------------------------------------------------------
    "ranking_atrakcyjnosci_is_no_investment": Case(
        "Województwo opolskie zajęło trzecie miejsce w rankingu atrakcyjności inwestycyjnej Instytutu Badań "
        "Rynku.",
        none=("investment",),
    ),
    "klimat_inwestycyjny_is_no_event": Case(
        "Izba Gospodarcza Podhala ocenia klimat inwestycyjny w regionie jako dobry.", none=("investment",)
    ),
    "program_is_no_investment": Case(
        "Ministerstwo Rozwoju uruchomiło program wsparcia inwestycji w małych miastach.",
        none=("investment",),
    ),
    "tereny_inwestycyjne_offer_is_no_event": Case(
        "Gmina Barlinek oferuje inwestorom tereny inwestycyjne o powierzchni 40 ha.", none=("investment",)
    ),
    "raport_o_inwestycjach": Case(
        "Firma doradcza Cortland opublikowała raport o inwestycjach zagranicznych w Polsce.",
        none=("investment",),
    ),
    "obsluga_inwestorow_is_no_event": Case(
        "Biuro Obsługi Inwestorów Urzędu Miasta Kielce pomaga inwestorom w uzyskaniu pozwoleń.",
        none=("investment",),
    ),
    # --- longer news shapes: appositions, headlines with a colon, people for the company, other verbs ---------
    "apposition_producer": Case(
        "Firma Kormoran, producent opakowań z Gdańska, zainwestuje w Tczewie 35 mln zł.",
        events=(inv("Kormoran"),),
    ),
    "zdecydowal_o_lokalizacji": Case(
        "Amerykański koncern Westbrook zdecydował o lokalizacji nowego zakładu w Stalowej Woli.",
        events=(inv("Westbrook"),),
    ),
    "headline_colon_nowy_inwestor": Case(
        "Nowy inwestor w strefie: spółka Gravitel\n\nFirma wybuduje halę produkcyjną w Nowej Dębie.",
        events=(inv("Gravitel"),),
        count=1,
    ),
    "rozpocznie_produkcje_w_fabryce": Case(
        "Produkcję w nowej fabryce w Gnieźnie spółka Marvita rozpocznie w 2025 roku.",
        events=(inv("Marvita"),),
    ),
    "centrum_badawczo_rozwojowe": Case(
        "Koncern Elvitec otworzy w Gdańsku swoje pierwsze w Europie centrum badawczo-rozwojowe.",
        events=(inv("Elvitec"),),
    ),
    "rozszerza_dzialalnosc": Case(
        "Spółka Amarant Foods rozszerza działalność i buduje drugą chłodnię w Płońsku.",
        events=(inv("Amarant Foods"),),
    ),
    "budowa_potrwa": Case(
        "Budowa zakładu spółki Terrafix w Brzegu potrwa do końca 2025 roku.", events=(inv("Terrafix"),)
    ),
    "kolejne_inwestycje_colon": Case(
        "Kolejne inwestycje w podstrefie: firmy Movitech i Alpinex zbudują tu hale magazynowe.",
        events=(inv("Movitech"), inv("Alpinex")),
        count=2,
    ),
    "ma_powstac_fabryka": Case(
        "W Łańcucie ma powstać fabryka koncernu Hydrovolt.", events=(inv("Hydrovolt"),)
    ),
    "zaklad_bedzie_gotowy": Case(
        "Spółka Fermaks buduje zakład w Kutnie. Hala ma być gotowa w przyszłym roku.",
        events=(inv("Fermaks"),),
        count=1,
    ),
    "trzecia_hala_inwestycja_firmy": Case(
        "Firma Lintex wybuduje kolejną halę w Pile. Będzie to już trzecia inwestycja spółki w tym mieście.",
        events=(inv("Lintex"),),
        count=1,
    ),
    "zone_host": Case(
        "Spółka Amplico Parts zainwestuje w Legnickiej Specjalnej Strefie Ekonomicznej 70 mln zł.",
        events=(inv("Amplico Parts", "Legnicka Specjalna Strefa Ekonomiczna"),),
    ),
    "potential_investors_is_no_event": Case(
        "Agencja Rozwoju Regionu Kaszuby zaprezentowała ofertę potencjalnym inwestorom z Niemiec.",
        none=("investment",),
    ),
    "zatrudnia_is_no_investment": Case(
        "Spółka Domeks zatrudnia w zakładzie w Kole 300 osób.", none=("investment",)
    ),
    # --- award or cooperation words beside an investment ------------------------------------------------------
    "tytul_inwestora_roku_is_award": Case(
        "Tytuł Inwestora Roku przyznany przez Pomorską Specjalną Strefę Ekonomiczną otrzymała spółka Baltwind.",
        events=(("award", frozenset({"Baltwind"}), None),),
        none=("investment",),
    ),
    "we_wspolpracy_ze_strefa_is_investment": Case(
        "Spółka Cordatek we współpracy z Łódzką Specjalną Strefą Ekonomiczną wybudowała zakład w Zgierzu.",
        events=(inv("Cordatek"),),
        none=("cooperation",),
    ),
    "award_and_investment_both": Case(
        "Firma Multitool, która w tym roku otworzyła fabrykę w Rzeszowie, otrzymała nagrodę Złoty Kłos Biznesu.",
        events=(inv("Multitool"), ("award", frozenset({"Multitool"}), None)),
    ),
}

# Cases that fail with today's code; strict, so that fixing one makes the run say so.
FAILING: dict[str, str] = {}


def test_the_battery_is_varied() -> None:
    assert len(CASES) >= 30
    assert len({c.text for c in CASES.values()}) == len(CASES)


@pytest.mark.parametrize(
    "key",
    keyed_params(CASES, FAILING),
)
def test_battery_case(key: str) -> None:
    problems = check(CASES[key])
    assert not problems, f"{CASES[key].text}\n" + "\n".join(problems)


if (
    __name__ == "__main__"
):  # pass count: PYTHONPATH=src:. python tests/extract/test_investment_battery_s7inv.py
    print_pass_count(CASES, lambda k: check(CASES[k]), lambda k: CASES[k].text)
