"""A battery of short invented news passages about investments, plants, zone permits and their figures (issue 8,
items 1, 5 and 6; session 5). Every passage is written for this file: invented companies, towns and amounts, with
word order, aspect, person, tense, voice, number and gender varied on purpose, so that a rule fitted to one
sentence of the gold shows up here as a failure of its neighbours.

Each case states what a reader takes from it:
- `events`: (type, investor-or-party names, status or None) that must be found, the names as a subset of the
  event's participants;
- `count`: where given, the number of events of the first expected type (one investment per investor);
- `none`: event types that must not be found (plans and wishes, jobs kept);
- `figures`: where given, the exact set of (owner, metric, value) found.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest
from tests.extract.battery import keyed_params, print_pass_count

import kooperacja

PUBLISHED = "2024-05-10"


@dataclass(frozen=True)
class Case:
    text: str
    events: tuple[tuple[str, frozenset[str], str | None], ...] = ()
    count: int | None = None
    none: tuple[str, ...] = ()
    figures: frozenset[tuple[str, str, float]] | None = None
    marks: tuple = field(default=())


def inv(*names: str, status: str | None = None) -> tuple[str, frozenset[str], str | None]:
    return ("investment", frozenset(names), status)


def figs(*rows: tuple[str, str, float]) -> frozenset[tuple[str, str, float]]:
    return frozenset(rows)


CASES: dict[str, Case] = {
    # --- 1. zone permits and support decisions granted to named companies -------------------------------------
    "permit_uzyskala": Case(
        "Zezwolenie na prowadzenie działalności w Lubuskiej Specjalnej Strefie Ekonomicznej uzyskała firma "
        "Woodmax Sp. z o.o.",
        events=(inv("Woodmax Sp. z o.o."),),
    ),
    "decision_dative_impersonal": Case(
        "Firmie Elkabel Sp. z o.o. wydano decyzję o wsparciu nowej inwestycji w Ostrowie.",
        events=(inv("Elkabel Sp. z o.o."),),
    ),
    "decisions_after_colon": Case(
        "Decyzje o wsparciu trafiły do trzech przedsiębiorców: Termex Sp. z o.o., Plastimet S.A. oraz "
        "Vetrotech Sp. z o.o.",
        events=(inv("Termex Sp. z o.o."), inv("Plastimet S.A."), inv("Vetrotech Sp. z o.o.")),
        count=3,
    ),
    "decision_then_plant_one_event": Case(
        "Kolejną decyzję o wsparciu odebrała spółka Nordglas, która zbuduje w Koninie zakład szyb.",
        events=(inv("Nordglas"),),
        count=1,
    ),
    "permits_in_bullets": Case(
        "W tym miesiącu zezwolenia strefowe otrzymały:\n• Polwood Sp. z o.o.,\n• Hydrotech S.A.,\n"
        "• Marbud Sp. z o.o.",
        events=(inv("Polwood Sp. z o.o."), inv("Hydrotech S.A."), inv("Marbud Sp. z o.o.")),
        count=3,
    ),
    "zone_issued_decision_for": Case(
        "Łódzka Specjalna Strefa Ekonomiczna wydała decyzję o wsparciu dla spółki Bioplanet.",
        events=(inv("Bioplanet"),),
    ),
    "decision_received_by_representatives": Case(
        "Decyzję o wsparciu inwestycji w Gorzycach odebrali przedstawiciele firmy Kamtech.",
        events=(inv("Kamtech"),),
    ),
    "permit_dostala": Case(
        "Nowe zezwolenie dostała również firma Softplast z Rybnika.",
        events=(inv("Softplast"),),
    ),
    "permit_neuter_subject": Case(
        "Przedsiębiorstwo Agrolen Sp. z o.o. otrzymało zezwolenie na działalność na terenie podstrefy Mława.",
        events=(inv("Agrolen Sp. z o.o."),),
    ),
    "decision_then_amount": Case(
        "Decyzję o wsparciu wręczono spółce Marmex Polska. Firma zainwestuje 40 mln zł.",
        events=(inv("Marmex Polska"),),
        figures=figs(("Marmex Polska", "investment", 40_000_000)),
    ),
    "permit_plural_masculine": Case(
        "Zezwolenia strefowe otrzymali w czwartek dwaj przedsiębiorcy: Grafpol Sp. z o.o. i Tubex S.A.",
        events=(inv("Grafpol Sp. z o.o."), inv("Tubex S.A.")),
        count=2,
    ),
    # --- plant verbs and nouns: aspects, persons, tenses, voices, gerunds ---------------------------------------
    "rozbudowala": Case("Spółka Tarkopol rozbudowała zakład w Gnieźnie.", events=(inv("Tarkopol"),)),
    "rozbudowuje": Case("Firma Metalbud rozbudowuje halę produkcyjną w Pile.", events=(inv("Metalbud"),)),
    "zbuduje": Case("Koncern Vitrox zbuduje w Żaganiu centrum logistyczne.", events=(inv("Vitrox"),)),
    "wybudowala_object_first": Case(
        "Nowy magazyn w Wągrowcu wybudowała spółka Agrocorn.", events=(inv("Agrocorn"),)
    ),
    "zmodernizowany_passive": Case(
        "Zakład firmy Luxtal został zmodernizowany w ubiegłym roku.", events=(inv("Luxtal"),)
    ),
    "wybudowana_passive_future": Case(
        "Nowa hala spółki Boltech zostanie wybudowana w Sieradzu.", events=(inv("Boltech"),)
    ),
    "powstaje_fabryka": Case("W Oleśnicy powstaje fabryka firmy Ecotherm.", events=(inv("Ecotherm"),)),
    "powstanie_fabryka_fronted_time": Case(
        "Do końca roku w Chełmie powstanie fabryka koncernu Danfix.", events=(inv("Danfix"),)
    ),
    "uruchomila_produkcje": Case(
        "Firma Printex uruchomiła produkcję opakowań w Kaliszu.", events=(inv("Printex"),)
    ),
    "uruchamia_linie": Case(
        "Spółka Wodpol uruchamia nową linię produkcyjną w Lesznie.", events=(inv("Wodpol"),)
    ),
    "oddano_do_uzytku": Case(
        "Zakład produkcyjny firmy Sanplast oddano do użytku w Końskich.", events=(inv("Sanplast"),)
    ),
    "otworzyla_centrum": Case(
        "Firma Kabelnet otworzyła w Płocku centrum serwisowe.", events=(inv("Kabelnet"),)
    ),
    "otwiera_biuro": Case("Koncern Brightsoft otwiera biuro w Białymstoku.", events=(inv("Brightsoft"),)),
    "otwarcie_gerund": Case(
        "Otwarcie nowego zakładu spółki Rolmax odbyło się w piątek w Kole.", events=(inv("Rolmax"),)
    ),
    "budowa_ruszyla": Case(
        "Budowa fabryki spółki Heliotech w Ropczycach ruszyła w marcu.", events=(inv("Heliotech"),)
    ),
    "rozbudowa_gerund": Case(
        "Rozbudowa zakładu firmy Polkart w Nysie potrwa dwa lata.", events=(inv("Polkart"),)
    ),
    "modernizacja_koszt": Case(
        "Modernizacja lakierni w zakładzie spółki Amtex w Turku kosztowała 12 mln zł.",
        events=(inv("Amtex"),),
        figures=figs(("Amtex", "investment", 12_000_000)),
    ),
    "zainwestowala_amount": Case(
        "Spółka Dolmar zainwestowała w nową lakiernię 30 mln zł.",
        events=(inv("Dolmar"),),
        figures=figs(("Dolmar", "investment", 30_000_000)),
    ),
    "prezes_first_person": Case(
        "– Zbudowaliśmy w Mielcu nowoczesną halę – mówi Jan Nowak, prezes spółki Aerotec.",
        events=(inv("Aerotec"),),
    ),
    "rozpoczal_budowe": Case(
        "Koncern Mobitech rozpoczął budowę centrum badawczego w Gliwicach.", events=(inv("Mobitech"),)
    ),
    "two_companies_each": Case(
        "Spółki Termet i Ekoterm rozbudują swoje zakłady w Świebodzinie.",
        events=(inv("Termet"), inv("Ekoterm")),
        count=2,
    ),
    "ruszy_zaklad": Case(
        "Nowy zakład firmy Polfarm ruszy w Starogardzie w przyszłym roku.", events=(inv("Polfarm"),)
    ),
    "buduje_fronted_place": Case(
        "W Krośnie firma Glasstar buduje nową hutę szkła.", events=(inv("Glasstar"),)
    ),
    "przeniosla_produkcje": Case(
        "Spółka Oknoplast Nova przeniosła produkcję do Wrześni.", events=(inv("Oknoplast Nova"),)
    ),
    "two_verbs_one_event": Case(
        "Firma Medikor wybudowała i oddała do użytku nowe laboratorium w Ożarowie.",
        events=(inv("Medikor"),),
        count=1,
    ),
    "otworzyli_plural_people": Case(
        "Przedstawiciele firmy Rotex otworzyli wczoraj zakład w Kępnie.", events=(inv("Rotex"),)
    ),
    "zmodernizuja_future_plural": Case(
        "Zakłady Chemiczne Oświn zmodernizują instalację w Brzegu Dolnym.",
        events=(inv("Zakłady Chemiczne Oświn"),),
    ),
    "budujacy_participle": Case(
        "Koncern Starlift, budujący w Strzelcach fabrykę wind, podpisał umowę z Politechniką Opolską.",
        events=(inv("Starlift"), ("agreement", frozenset({"Starlift", "Politechnika Opolska"}), "done")),
    ),
    "uruchomienie_gerund_genitive": Case(
        "Uruchomienie nowej linii w zakładzie firmy Drobex nastąpiło w styczniu.", events=(inv("Drobex"),)
    ),
    # --- investors named by a copula or a list ------------------------------------------------------------------
    "inwestorem_jest": Case("Inwestorem jest spółka Gardenplast z Kielc.", events=(inv("Gardenplast"),)),
    "najwiekszym_inwestorem": Case(
        "Największym inwestorem w podstrefie jest koncern Frostline.", events=(inv("Frostline"),)
    ),
    "nowymi_inwestorami_sa": Case(
        "Nowymi inwestorami w strefie są spółki Aquatech Sp. z o.o. i Betamet S.A.",
        events=(inv("Aquatech Sp. z o.o."), inv("Betamet S.A.")),
        count=2,
    ),
    "najwieksze_inwestycje_to": Case(
        "Największe inwestycje w gminie to fabryka spółki Kerapol oraz centrum dystrybucyjne firmy Logimax.",
        events=(inv("Kerapol"), inv("Logimax")),
        count=2,
    ),
    "inwestorami_zostaly_colon": Case(
        "Inwestorami w parku technologicznym zostały: Softkom Sp. z o.o., Datalab S.A. i Netsys Sp. z o.o.",
        events=(inv("Softkom Sp. z o.o."), inv("Datalab S.A."), inv("Netsys Sp. z o.o.")),
        count=3,
    ),
    "nowym_inwestorem_zostala": Case(
        "Nowym inwestorem w Parku Przemysłowym Krasne została spółka Delmet.", events=(inv("Delmet"),)
    ),
    # --- passive and impersonal ---------------------------------------------------------------------------------
    "wybudowano": Case("Zakład spółki Wipmet wybudowano w Rawiczu w ciągu roku.", events=(inv("Wipmet"),)),
    "zainwestowano_w_fabryke": Case(
        "W fabrykę firmy Kronex w Brzegu zainwestowano już 80 mln zł.",
        events=(inv("Kronex"),),
        figures=figs(("Kronex", "investment", 80_000_000)),
    ),
    "zostalo_otwarte": Case(
        "Centrum badawcze koncernu Ravelle zostało otwarte w Gdyni.", events=(inv("Ravelle"),)
    ),
    "zostala_uruchomiona": Case(
        "Linia produkcyjna w zakładzie spółki Termosan została uruchomiona w kwietniu.",
        events=(inv("Termosan"),),
    ),
    "uruchomiono": Case(
        "Uruchomiono nową linię w zakładzie firmy Bimax w Ostrzeszowie.", events=(inv("Bimax"),)
    ),
    # --- modality scoped to the trigger's clause ---------------------------------------------------------------
    "future_in_relative_clause_of_plant": Case(
        "Spółka Foliarex otworzyła w Kutnie zakład, w którym od przyszłego roku będzie produkować folie.",
        events=(inv("Foliarex", status="done"),),
    ),
    "wish_in_relative_clause": Case(
        "Firma Lumatech, która w przyszłości chce wejść na rynek niemiecki, uruchomiła produkcję w Żarach.",
        events=(inv("Lumatech", status="done"),),
    ),
    "planuje_podpisanie_dated": Case(
        "Izba Gospodarcza Warmii planuje podpisanie porozumienia z Uniwersytetem Warmińsko-Mazurskim "
        "w czwartek 16 maja.",
        events=(("agreement", frozenset({"Izba Gospodarcza Warmii"}), "planned"),),
    ),
    "signing_planned_for_date": Case(
        "Podpisanie umowy między Gminą Sokółka a spółką Drewbud zaplanowano na 20 maja.",
        events=(("agreement", frozenset({"Gmina Sokółka"}), "planned"),),
    ),
    "future_in_relative_clause_of_party": Case(
        "Spółka Varimex podpisała umowę z Gminą Ostróda, która w przyszłym roku wybuduje drogę dojazdową.",
        events=(("agreement", frozenset({"Varimex", "Gmina Ostróda"}), "done"),),
    ),
    "future_in_na_mocy_clause": Case(
        "Gmina Zbąszyń i spółka Polsad podpisały porozumienie, na mocy którego firma wybuduje w gminie chłodnię.",
        events=(("agreement", frozenset({"Gmina Zbąszyń", "Polsad"}), "done"),),
    ),
    "rozwaza_budowe_is_no_event": Case(
        "Spółka Gerex rozważa budowę zakładu w Nowym Targu.", none=("investment",)
    ),
    "moze_rozbudowac_is_no_event": Case(
        "Firma Termatic może w przyszłości rozbudować zakład w Lubaniu.", none=("investment",)
    ),
    "nie_wybuduje_is_no_event": Case(
        "Spółka Hortimex ostatecznie nie wybuduje zakładu w Skierniewicach.", none=("investment",)
    ),
    # --- figures: phrasings, owners, amounts --------------------------------------------------------------------
    "kosztem": Case(
        "Spółka Kovar zbuduje w Oławie zakład kosztem 85 mln zł.",
        events=(inv("Kovar"),),
        figures=figs(("Kovar", "investment", 85_000_000)),
    ),
    "kosztem_fronted": Case(
        "Kosztem 18 mln zł firma Lakmet zmodernizowała lakiernię w Pleszewie.",
        events=(inv("Lakmet"),),
        figures=figs(("Lakmet", "investment", 18_000_000)),
    ),
    "pracuje_osob": Case(
        "W zakładzie firmy Hartmet w Kole pracuje 420 osób.", figures=figs(("Hartmet", "employees", 420))
    ),
    "zatrudnienie_znajdzie": Case(
        "W nowej fabryce spółki Vitalia zatrudnienie znajdzie 150 osób.",
        events=(inv("Vitalia"),),
        figures=figs(("Vitalia", "jobs", 150)),
    ),
    "prace_znajdzie": Case(
        "W zakładzie firmy Mebelux pracę znajdzie 250 osób.", figures=figs(("Mebelux", "jobs", 250))
    ),
    "skupia_firm": Case(
        "Park Technologiczny Rzemień skupia 64 firmy.",
        figures=figs(("Park Technologiczny Rzemień", "companies", 64)),
    ),
    "naklady_w_wysokosci": Case(
        "Nakłady w wysokości 46 mln zł poniesie firma Torpol Wood.",
        figures=figs(("Torpol Wood", "investment", 46_000_000)),
    ),
    "comma_decimal_spaced": Case(
        "Inwestycja firmy Astrabud pochłonie 13, 5 mln zł.",
        figures=figs(("Astrabud", "investment", 13_500_000)),
    ),
    "miliardy_milionow": Case(
        "Na budowę centrum firma Cargotrans przeznaczy 2 miliardy 300 milionów złotych.",
        figures=figs(("Cargotrans", "investment", 2_300_000_000)),
    ),
    "pol_miliarda": Case(
        "Koncern Arctis wyda na fabrykę w Płońsku pół miliarda złotych.",
        figures=figs(("Arctis", "investment", 500_000_000)),
    ),
    "pol_miliona_grant": Case(
        "Spółka Ekoplon otrzymała dotację w wysokości pół miliona złotych.",
        figures=figs(("Ekoplon", "budget", 500_000)),
    ),
    "cwierc_miliona": Case(
        "Firma Granmet wyda na nową linię ćwierć miliona złotych.",
        figures=figs(("Granmet", "investment", 250_000)),
    ),
    "miliardowa": Case(
        "Miliardowa inwestycja koncernu Helvio powstanie pod Opolem.",
        events=(inv("Helvio"),),
        figures=figs(("Helvio", "investment", 1_000_000_000)),
    ),
    "w_tym_roku_no_breakdown": Case(
        "W tym roku firma Brukland zatrudni 80 nowych pracowników.", figures=figs(("Brukland", "jobs", 80))
    ),
    # jobs kept are jobs (extraction.md: "created, promised or kept"), a figure of their own
    "utrzyma_is_kept_jobs": Case(
        "Dzięki inwestycji spółka Tekstil utrzyma 300 miejsc pracy.", figures=figs(("Tekstil", "jobs", 300))
    ),
    "owner_subject_not_nearest": Case(
        "Firma Omnipak, której partnerem jest Politechnika Łódzka, zainwestuje 22 mln zł w Zgierzu.",
        figures=figs(("Omnipak", "investment", 22_000_000)),
    ),
    "owner_document_investor": Case(
        "Spółka Metrox buduje fabrykę w Łowiczu. Prace nadzoruje Urząd Miasta Łowicza. "
        "Koszt inwestycji wyniesie 60 mln zł.",
        events=(inv("Metrox"),),
        figures=figs(("Metrox", "investment", 60_000_000)),
    ),
    "tys_osob_employees": Case(
        "Zakład koncernu Siltex w Jarocinie zatrudnia 1,2 tys. osób.",
        figures=figs(("Siltex", "employees", 1200)),
    ),
    "stworzy_miejsc": Case(
        "Firma Bergmet stworzy w Olecku 120 nowych miejsc pracy.", figures=figs(("Bergmet", "jobs", 120))
    ),
    "amount_fronted_subject_last": Case(
        "Blisko 200 mln zł zainwestuje w Świdnicy spółka Eurofoam.",
        events=(inv("Eurofoam"),),
        figures=figs(("Eurofoam", "investment", 200_000_000)),
    ),
    "przekroczy": Case(
        "Wartość inwestycji spółki Polwax przekroczy 70 mln zł.",
        figures=figs(("Polwax", "investment", 70_000_000)),
    ),
    "zone_area": Case(
        "Specjalna Strefa Ekonomiczna Euro-Park Lubień obejmuje już 310 ha.",
        figures=figs(("Specjalna Strefa Ekonomiczna Euro-Park Lubień", "area_ha", 310)),
    ),
    "z_czego_part": Case(
        "Firma Hydrokon zainwestuje 35 mln zł, z czego 5 mln zł pochłoną szkolenia.",
        figures=figs(("Hydrokon", "investment", 35_000_000)),
    ),
    "euro_amount": Case(
        "Nakłady inwestycyjne spółki Amberglass sięgną 120 mln euro.",
        figures=figs(("Amberglass", "investment", 120_000_000)),
    ),
    "employees_participle": Case(
        "Spółka Wirtech, zatrudniająca 340 pracowników, otworzyła drugi zakład w Koninie.",
        events=(inv("Wirtech"),),
        figures=figs(("Wirtech", "employees", 340)),
    ),
    "jobs_and_amount_two_sentences": Case(
        "Koncern Nexor wybuduje w Ełku fabrykę akumulatorów. Zakład da pracę 500 osobom, a inwestycja "
        "pochłonie 900 mln zł.",
        events=(inv("Nexor"),),
        figures=figs(("Nexor", "jobs", 500), ("Nexor", "investment", 900_000_000)),
    ),
    "zatrudni_plural_subject_each": Case(
        "Spółka Dartex zatrudni w nowej hali 60 osób.", figures=figs(("Dartex", "jobs", 60))
    ),
    # --- harder shapes: headlines, other plant verbs, land, choice of location, denials and other senses --------
    "headline_and_lead_one_event": Case(
        "Barelux zbuduje fabrykę pod Radomiem\n\nSpółka Barelux ogłosiła, że w przyszłym roku rozpocznie budowę "
        "zakładu w Jedlińsku.",
        events=(inv("Barelux"),),
        count=1,
    ),
    "postawi_zaklad": Case(
        "Koreański koncern Seyon postawi w Kobierzycach nowy zakład.", events=(inv("Seyon"),)
    ),
    "zwiekszy_moce": Case(
        "Spółka Nortech zwiększy moce produkcyjne swojego zakładu w Pile.", events=(inv("Nortech"),)
    ),
    "kupila_grunt": Case(
        "Firma Galmet kupiła od gminy 8 ha gruntu pod nowy zakład.", events=(inv("Galmet"),)
    ),
    "nabyla_nieruchomosc": Case(
        "Spółka Tarbud nabyła nieruchomość w strefie, gdzie zbuduje centrum magazynowe.",
        events=(inv("Tarbud"),),
    ),
    "ulokuje_produkcje": Case(
        "Duński koncern Vinderup ulokuje produkcję w Żninie.", events=(inv("Vinderup"),)
    ),
    "realizuje_inwestycje_warta": Case(
        "Firma Elpro realizuje w Radomsku inwestycję wartą 25 mln zł.",
        events=(inv("Elpro"),),
        figures=figs(("Elpro", "investment", 25_000_000)),
    ),
    "wybrala_lokalizacje": Case(
        "Spółka Borgwell wybrała Świdnik na lokalizację nowego zakładu.", events=(inv("Borgwell"),)
    ),
    "zdecydowal_sie_na_budowe": Case(
        "Koncern Altavia zdecydował się na budowę centrum dystrybucyjnego w Strykowie.",
        events=(inv("Altavia"),),
    ),
    "otworzy_subject_last": Case(
        "W Wolsztynie swoją fabrykę otworzy niemiecka spółka Kessler Automotive.",
        events=(inv("Kessler Automotive"),),
    ),
    "siedziba_powstala": Case(
        "Nowa siedziba firmy Intrasoft powstała w Katowicach.", events=(inv("Intrasoft"),)
    ),
    "trwa_budowa": Case("Trwa budowa hali firmy Moderna Pack w Ostrowie.", events=(inv("Moderna Pack"),)),
    "zakonczyla_budowe": Case("Spółka Rovex zakończyła budowę magazynu w Gądkach.", events=(inv("Rovex"),)),
    "wchodzi_do_strefy": Case(
        "Do strefy wchodzi szwedzka firma Nordlund, która wybuduje tu zakład.", events=(inv("Nordlund"),)
    ),
    "otworzyli_object_first": Case(
        "Fabrykę w Opatowie otworzyli przedstawiciele spółki Kerbud oraz burmistrz miasta.",
        events=(inv("Kerbud"),),
    ),
    "zapowiedziala_rozbudowe": Case(
        "Rozbudowę zakładu w Brzesku zapowiedziała spółka Carlsmet.", events=(inv("Carlsmet"),)
    ),
    "inwestuje_od_lat": Case(
        "Spółka Bemo Systems inwestuje w Koszalinie już od dziesięciu lat.", events=(inv("Bemo Systems"),)
    ),
    "trzecia_inwestycja": Case(
        "To już trzecia inwestycja firmy Aventis Pack w Żyrardowie.", events=(inv("Aventis Pack"),)
    ),
    "ovs_wybuduje": Case(
        "Fabrykę komponentów wybuduje w Łańcucie spółka Ravenmet.", events=(inv("Ravenmet"),)
    ),
    "relative_wybudowala_jobs": Case(
        "Zakład, który wybudowała firma Gratex, zatrudni 90 osób.",
        events=(inv("Gratex"),),
        figures=figs(("Gratex", "jobs", 90)),
    ),
    "po_zakonczeniu_budowy_jobs": Case(
        "Po zakończeniu budowy centrum firmy Polstal w Kielcach pracę znajdzie 60 osób.",
        events=(inv("Polstal"),),
        figures=figs(("Polstal", "jobs", 60)),
    ),
    "revenue": Case(
        "Przychody spółki Farmex wyniosły w ubiegłym roku 820 mln zł.",
        figures=figs(("Farmex", "revenue", 820_000_000)),
    ),
    "exports": Case(
        "Eksport firmy Agropak przekroczył 40 mln euro.", figures=figs(("Agropak", "exports", 40_000_000))
    ),
    "range_is_no_figure": Case(
        "Inwestycja spółki Termix w Nowej Soli pochłonie od 280 do 300 mln zł.", figures=figs()
    ),
    "percent_is_no_figure": Case(
        "Spółka Volmet zainwestuje 50 mln zł, czyli o 20 proc. więcej niż rok temu.",
        figures=figs(("Volmet", "investment", 50_000_000)),
    ),
    "budget_of_project": Case(
        "Budżet projektu realizowanego przez Fundację Rozwoju Kaszub wynosi 2,4 mln zł.",
        figures=figs(("Fundacja Rozwoju Kaszub", "budget", 2_400_000)),
    ),
    "dollars": Case(
        "Koncern Daewon z Korei Południowej zainwestuje w Pruszkowie 45 mln dolarów.",
        figures=figs(("Daewon", "investment", 45_000_000)),
    ),
    "amount_and_jobs_one_clause": Case(
        "Firma Termotech zainwestuje w Kobyłce 15 mln zł i zatrudni 70 osób.",
        figures=figs(("Termotech", "investment", 15_000_000), ("Termotech", "jobs", 70)),
    ),
    "nie_zdecydowala_is_no_event": Case(
        "Spółka Kormet nie zdecydowała jeszcze, czy zbuduje zakład w Rypinie.", none=("investment",)
    ),
    "zrezygnowala_is_no_event": Case(
        "Firma Dalmor zrezygnowała z budowy zakładu w Ustce.", none=("investment",)
    ),
    "buduje_relacje_is_no_plant": Case(
        "Spółka Arkon buduje relacje z klientami w Niemczech.", none=("investment",)
    ),
    "otworzyla_wystawe_is_no_plant": Case("Firma Eventa otworzyła wystawę w Sopocie.", none=("investment",)),
    "report_on_investments_is_no_event": Case(
        "Raport o inwestycjach w regionie przygotowała firma doradcza Vemco.", none=("investment",)
    ),
    # --- agents, clients, anaphora and lists with amounts -------------------------------------------------------
    "permit_pronoun_object": Case(
        "Strefa wydała w marcu kolejne zezwolenie na działalność. Dostała je spółka Frimax Polska.",
        events=(inv("Frimax Polska"),),
    ),
    "decision_pronoun_object_masc": Case(
        "Zarząd strefy podjął decyzję o wsparciu dla nowego zakładu. Otrzymała ją firma Silvatech.",
        events=(inv("Silvatech"),),
    ),
    "zrealizowana_przez": Case(
        "Inwestycja o wartości 60 mln zł zostanie zrealizowana przez spółkę Hamar Logistics.",
        events=(inv("Hamar Logistics"),),
        figures=figs(("Hamar Logistics", "investment", 60_000_000)),
    ),
    "builder_for_client": Case(
        "Firma budowlana Budimex Nord wybuduje halę dla spółki Ostmet.",
        events=(inv("Ostmet"),),
    ),
    "inwestorem_bedzie": Case(
        "Inwestorem w Zduńskiej Woli będzie niemiecka spółka Halberg Technik.",
        events=(inv("Halberg Technik"),),
    ),
    "kolejny_inwestor": Case(
        "Spółka Pektin Food to kolejny inwestor w słupskiej strefie.", events=(inv("Pektin Food"),)
    ),
    "dolaczyla_do_grona_inwestorow": Case(
        "Do grona inwestorów strefy dołączyła firma Amplus Energy.", events=(inv("Amplus Energy"),)
    ),
    "w_ramach_inwestycji": Case(
        "W ramach inwestycji spółka Kartonex kupi nowe maszyny do zakładu w Ozorkowie.",
        events=(inv("Kartonex"),),
    ),
    "list_with_amounts_in_brackets": Case(
        "Decyzje o wsparciu otrzymały spółki Lentex Sp. z o.o. (12 mln zł) i Porto Glass S.A. (30 mln zł).",
        events=(inv("Lentex Sp. z o.o."), inv("Porto Glass S.A.")),
        count=2,
        figures=figs(
            ("Lentex Sp. z o.o.", "investment", 12_000_000), ("Porto Glass S.A.", "investment", 30_000_000)
        ),
    ),
    "zainwestuja_two_named": Case(
        "W podstrefie Łowicz zainwestują firmy Agroplon i Saturn Pack.",
        events=(inv("Agroplon"), inv("Saturn Pack")),
        count=2,
    ),
    "to_inwestycja_firmy": Case(
        "Nowa hala magazynowa w Błoniu to inwestycja firmy Westpark Logistics.",
        events=(inv("Westpark Logistics"),),
    ),
    "inwestycje_realizuje_subject_last": Case(
        "Rozbudowę zakładu w Krapkowicach realizuje spółka Papirus Pack.", events=(inv("Papirus Pack"),)
    ),
    "otworzyl_headline_no_verb": Case(
        "Nowe centrum badawcze koncernu Valmed w Poznaniu\n\nCentrum zatrudni 120 inżynierów.",
        events=(inv("Valmed"),),
        figures=figs(("Valmed", "jobs", 120)),
    ),
    # --- commitments and declarations of a zone's investors; production moved or begun -------------------------
    "zadeklarowala_naklady": Case(
        "Spółka Termaplast z branży tworzyw sztucznych zadeklarowała nakłady w wysokości 20 mln zł.",
        events=(inv("Termaplast", status="done"),),
        figures=figs(("Termaplast", "investment", 20_000_000)),
    ),
    "zobowiazala_sie_do_zainwestowania": Case(
        "Spółka Evertech zobowiązała się do utworzenia 50 miejsc pracy i zainwestowania 30 mln zł.",
        events=(inv("Evertech"),),
        figures=figs(("Evertech", "jobs", 50), ("Evertech", "investment", 30_000_000)),
    ),
    "zobowiazal_sie_do_poniesienia_nakladow": Case(
        "W zamian za ulgi podatkowe koncern Mirafood zobowiązał się do poniesienia nakładów inwestycyjnych "
        "na poziomie 48 mln zł.",
        events=(inv("Mirafood"),),
        figures=figs(("Mirafood", "investment", 48_000_000)),
    ),
    "przeniesie_produkcje_gap": Case(
        "Koreańska firma Hanseo Electronics przeniesie do Mławy produkcję podzespołów.",
        events=(inv("Hanseo Electronics"),),
    ),
    "rozpoczal_produkcje_gap": Case(
        "Japoński koncern Tokaru rozpoczął w Wałbrzychu produkcję skrzyń biegów.", events=(inv("Tokaru"),)
    ),
    "planuje_budowe_is_no_event": Case("Spółka Leanpol planuje budowę zakładu w Kole.", none=("investment",)),
    "chce_zainwestowac_is_no_event": Case(
        "Firma Ostermann chciałaby kiedyś zainwestować w Polsce.", none=("investment",)
    ),
    "conditional_is_no_event": Case(
        "Koncern Dalmen zainwestowałby w Polsce, gdyby dostał ulgi.", none=("investment",)
    ),
    "conditional_plural_is_no_event": Case(
        "Chcielibyśmy zbudować tu fabrykę – mówi prezes spółki Orlimet.", none=("investment",)
    ),
    # --- longer passages in the shape of zone news -----------------------------------------------------------------
    "decisions_to_unnamed_firms_listed_next": Case(
        "Kostrzyńsko-Słubicka Specjalna Strefa Ekonomiczna przekazała decyzje o wsparciu czterem firmom. Są to: "
        "Lamitex, Rovena, Termix Polska i Greenwood. Przedsiębiorcy zainwestują łącznie 90 mln zł.",
        events=(inv("Lamitex"), inv("Rovena"), inv("Termix Polska"), inv("Greenwood")),
        count=4,
    ),
    "przeznaczy_na_modernizacje_instalacji": Case(
        "Grupa Azotowa Północ przeznaczy 800 mln zł na modernizację instalacji w Policach.",
        events=(inv("Grupa Azotowa Północ"),),
        figures=figs(("Grupa Azotowa Północ", "investment", 800_000_000)),
    ),
    "zone_news_three_sentences": Case(
        "Strefa Ekonomiczna Invest-Dolina ma nowego inwestora. Belgijska firma Vandermolen Polska wybuduje w "
        "Świdnicy zakład produkcji pieczywa mrożonego. Spółka zainwestuje ponad 120 mln zł i zatrudni 150 osób.",
        events=(inv("Vandermolen Polska"),),
        count=1,
        figures=figs(("Vandermolen Polska", "investment", 120_000_000), ("Vandermolen Polska", "jobs", 150)),
    ),
    "decision_handed_over_then_zero_subject": Case(
        "W środę prezes Agencji Rozwoju Przemysłu wręczył przedstawicielom spółki Fibrotech decyzję o wsparciu. "
        "Firma rozbuduje zakład w podstrefie Mielec i utworzy 35 nowych miejsc pracy. Wartość inwestycji to "
        "18,5 mln zł.",
        events=(inv("Fibrotech"),),
        count=1,
        figures=figs(("Fibrotech", "jobs", 35), ("Fibrotech", "investment", 18_500_000)),
    ),
    "zone_total_then_largest_investor": Case(
        "Pomorska Specjalna Strefa Ekonomiczna wydała w 2023 roku 45 decyzji o wsparciu. Łączna wartość "
        "zadeklarowanych nakładów wyniosła 2,3 mld zł. Najwięcej zainwestuje duński koncern Nordvik, który "
        "wybuduje w Gdańsku fabrykę turbin za 600 mln zł.",
        events=(inv("Nordvik"),),
        figures=figs(
            ("Pomorska Specjalna Strefa Ekonomiczna", "investment", 2_300_000_000),
            ("Nordvik", "investment", 600_000_000),
        ),
    ),
    "second_plant_cost_and_staff": Case(
        "Niemiecki producent mebli Holzmann otworzył w Koninie swój drugi zakład w Polsce. Inwestycja kosztowała "
        "40 mln euro, a pracę znalazło w niej 300 osób.",
        events=(inv("Holzmann"),),
        figures=figs(("Holzmann", "investment", 40_000_000), ("Holzmann", "jobs", 300)),
    ),
    # --- parents in an aside, obligations, extensions, purchases and takeovers -----------------------------------
    "parent_in_participle_aside_invests_not": Case(
        "Spółka Ventpol, należąca do grupy Aldor, wybuduje w Łańcucie halę montażową.",
        events=(inv("Ventpol"),),
        count=1,
    ),
    "ma_zbudowac": Case("Koncern Bellatrix ma zbudować fabrykę w Jaworznie.", events=(inv("Bellatrix"),)),
    "ma_nadzieje_is_no_event": Case(
        "Firma Betapak ma nadzieję zbudować zakład w Ostrołęce.", none=("investment",)
    ),
    "dobudowala_far_object": Case(
        "Firma Gorstal dobudowała do zakładu w Nowej Dębie nową halę.", events=(inv("Gorstal"),)
    ),
    "zakupila_linie": Case(
        "Spółka Parkett Nova zakupiła nową linię produkcyjną do zakładu w Kielcach.",
        events=(inv("Parkett Nova"),),
    ),
    "przejela_zaklad": Case("Firma Betapak przejęła zakład w Ostrołęce.", events=(inv("Betapak"),)),
    "other_verb_governs_the_plant": Case(
        "Firma Lotos Serwis otworzyła konkurs na projekt centrum szkoleniowego.", none=("investment",)
    ),
    "culture_centre_is_no_investment": Case("W Kutnie powstało nowe centrum kultury.", none=("investment",)),
    # --- short sentences that end with a unit, increments --------------------------------------------------------
    "short_sentences_ending_in_zl": Case(
        "Firma Sylwex zainwestuje 15 mln zł. Drugi inwestor, spółka Kordex, zainwestuje 8 mln zł.",
        events=(inv("Sylwex"), inv("Kordex")),
        count=2,
        figures=figs(("Sylwex", "investment", 15_000_000), ("Kordex", "investment", 8_000_000)),
    ),
    "short_sentence_ending_in_ha_then_increment": Case(
        "Strefa Ekonomiczna Starachowice ma 630 ha. W ubiegłym roku przybyło jej 40 ha.",
        figures=figs(("Strefa Ekonomiczna Starachowice", "area_ha", 630)),
    ),
    "plot_area_and_price": Case(
        "Firma Solbet kupiła w strefie działkę o powierzchni 12 ha, na której wybuduje zakład za 45 mln zł.",
        events=(inv("Solbet"),),
        figures=figs(("Solbet", "area_ha", 12), ("Solbet", "investment", 45_000_000)),
    ),
    "headcount_in_relative_clause_and_investment": Case(
        "Firma Elmark, która zatrudnia 500 osób, zainwestuje 20 mln zł w nową halę w Wieluniu.",
        events=(inv("Elmark"),),
        figures=figs(("Elmark", "employees", 500), ("Elmark", "investment", 20_000_000)),
    ),
    "source_named_first_is_no_owner": Case(
        "Według Agencji Rozwoju Przemysłu spółka Mostex wyda na rozbudowę zakładu 14 mln zł.",
        events=(inv("Mostex"),),
        figures=figs(("Mostex", "investment", 14_000_000)),
    ),
    "part_after_w_tym": Case(
        "Spółka Tarmet zainwestowała w Polsce już 1,2 mld zł, w tym 300 mln zł w zakład w Opolu.",
        figures=figs(("Tarmet", "investment", 1_200_000_000)),
    ),
    "commune_budget_beside_investment": Case(
        "Inwestycja firmy Plastmet będzie warta około 30 mln zł. Gmina Brzeg przeznaczy z kolei 2 mln zł na drogę "
        "dojazdową.",
        figures=figs(("Plastmet", "investment", 30_000_000), ("Gmina Brzeg", "budget", 2_000_000)),
    ),
    # --- more metric phrasings -------------------------------------------------------------------------------
    "inwestuje_far_amount": Case(
        "Spółka Faltex inwestuje w rozwój zakładu w Kole 50 mln zł.",
        events=(inv("Faltex"),),
        figures=figs(("Faltex", "investment", 50_000_000)),
    ),
    "wylozy": Case(
        "Koncern Dravex wyłoży na nową fabrykę w Opolu 300 mln zł.",
        figures=figs(("Dravex", "investment", 300_000_000)),
    ),
    "revenue_after_number_beside_investment": Case(
        "Spółka Kamex, która w ubiegłym roku miała 300 mln zł przychodów, zainwestuje w Pile 25 mln zł.",
        figures=figs(("Kamex", "revenue", 300_000_000), ("Kamex", "investment", 25_000_000)),
    ),
    "exports_after_number": Case(
        "Firma Agrovit osiągnęła 40 mln euro eksportu.", figures=figs(("Agrovit", "exports", 40_000_000))
    ),
    "planned_amount_is_no_figure": Case(
        "Firma Elvox zamierza kiedyś zainwestować w Strzegomiu 60 mln zł.",
        figures=figs(),
        none=("investment",),
    ),
    # --- modality: later stops of a trip already under way -------------------------------------------------------
    "later_stops_of_a_trip_join_it": Case(
        "Delegacja Ukraińskiej Izby Handlowej odwiedziła w poniedziałek Urząd Miasta Rzeszowa. W kolejnych dniach "
        "goście odwiedzą Politechnikę Rzeszowską i Podkarpacki Park Naukowo-Technologiczny.",
        events=(
            (
                "visit",
                frozenset({"Ukraińska Izba Handlowa", "Urząd Miasta Rzeszowa", "Politechnika Rzeszowska"}),
                "done",
            ),
        ),
        count=1,
    ),
    "a_trip_only_announced_is_no_event": Case(
        "Kiedyś goście z Izby Gospodarczej Lwowa odwiedzą Politechnikę Rzeszowską.", none=("visit",)
    ),
    # --- counts that are no totals: more of them, prospects, those taking part ----------------------------------
    "more_firms_is_no_total": Case(
        "Wałbrzyska Specjalna Strefa Ekonomiczna ma dziś 4 tys. ha. Na możliwość inwestowania na jej terenach "
        "czeka kolejnych 10 firm.",
        figures=figs(("Wałbrzyska Specjalna Strefa Ekonomiczna", "area_ha", 4000)),
    ),
    "interested_firms_are_no_companies": Case(
        "Strefa Ekonomiczna Kutno ma 400 ha. Inwestowaniem w strefie jest zainteresowanych 8 firm.",
        figures=figs(("Strefa Ekonomiczna Kutno", "area_ha", 400)),
    ),
    "firms_taking_part_are_no_members": Case(
        "W forum zorganizowanym przez Izbę Gospodarczą Metali wzięło udział 200 firm.", figures=figs()
    ),
    "guests_are_no_figure": Case(
        "Strefę Ekonomiczną Mielec odwiedziło w tym roku 300 gości z zagranicy.", figures=figs()
    ),
    # --- headcounts to come; a plant that grows ------------------------------------------------------------------
    "headcount_to_come_is_jobs": Case(
        "W Kutnie rośnie fabryka firmy Coraplast. Będzie w niej pracować 150 osób.",
        events=(inv("Coraplast"),),
        figures=figs(("Coraplast", "jobs", 150)),
    ),
    "growing_employment_is_no_plant": Case(
        "W Kutnie od lat rośnie zatrudnienie w handlu.", none=("investment",)
    ),
    # --- lists of investors opened by a noun --------------------------------------------------------------------
    "numbered_list_of_investors_with_amounts": Case(
        "Lista tegorocznych inwestorów w strefie:\n1. Polwood Sp. z o.o. (Kutno) – 12 mln zł\n"
        "2. Hydrotech S.A. (Łowicz) – 30 mln zł",
        events=(inv("Polwood Sp. z o.o."), inv("Hydrotech S.A.")),
        count=2,
        figures=figs(
            ("Polwood Sp. z o.o.", "investment", 12_000_000), ("Hydrotech S.A.", "investment", 30_000_000)
        ),
    ),
    "largest_investments_in_dashes": Case(
        "Największe inwestycje w regionie:\n– Polwood Sp. z o.o.,\n– Hydrotech S.A.",
        events=(inv("Polwood Sp. z o.o."), inv("Hydrotech S.A.")),
        count=2,
    ),
    "bulleted_permits_with_outlays_and_jobs": Case(
        "Zezwolenia na działalność w strefie otrzymały w tym roku następujące firmy:\n"
        "- Polwood Sp. z o.o. – producent palet, nakłady 12 mln zł, 40 nowych miejsc pracy;\n"
        "- Hydrotech S.A. – producent pomp, nakłady 30 mln zł, 80 nowych miejsc pracy.",
        events=(inv("Polwood Sp. z o.o."), inv("Hydrotech S.A.")),
        count=2,
        figures=figs(
            ("Polwood Sp. z o.o.", "investment", 12_000_000),
            ("Polwood Sp. z o.o.", "jobs", 40),
            ("Hydrotech S.A.", "investment", 30_000_000),
            ("Hydrotech S.A.", "jobs", 80),
        ),
    ),
    # --- modality: a relative clause ends at its comma -----------------------------------------------------------
    "future_of_main_clause_after_relative_signing": Case(
        "Porozumienie, które Gmina Łask podpisała z firmą Elmot, obowiązywać będzie przez pięć lat.",
        events=(("agreement", frozenset({"Gmina Łask", "Elmot"}), "done"),),
    ),
    "dated_future_signing_in_relative_clause": Case(
        "Firma Ravex, która w piątek 17 maja podpisze umowę z Gminą Wieluń, zatrudnia 50 osób.",
        events=(("agreement", frozenset({"Ravex", "Gmina Wieluń"}), "planned"),),
        figures=figs(("Ravex", "employees", 50)),
    ),
    # --- passives to come; a company noun as the subject of a second clause ------------------------------------
    "ma_zostac_podpisana_is_planned": Case(
        "Umowa między Gminą Nysa a firmą Amtrans ma zostać podpisana w czerwcu.",
        events=(("agreement", frozenset({"Gmina Nysa", "Amtrans"}), "planned"),),
    ),
    "ma_zostac_wybudowana_is_an_investment": Case(
        "W Kutnie ma zostać wybudowana fabryka firmy Coraplast.", events=(inv("Coraplast"),)
    ),
    "company_noun_subject_not_the_commune": Case(
        "Gmina Nysa podpisała umowę z firmą Amtrans, chociaż firma dopiero w przyszłym roku zbuduje halę.",
        events=(("agreement", frozenset({"Gmina Nysa", "Amtrans"}), "done"), inv("Amtrans")),
    ),
}

# Cases that fail with today's code; strict, so that fixing one makes the run say so.
FAILING: set[str] = set()  # "zainwestuja_two_named" passes since s7org ("Pack" closes no person's name)


def _names(rec: dict) -> dict[str, str]:
    return {e["id"]: e["name"] for e in rec["entities"]}


def _norm(name: str) -> str:
    return " ".join(name.replace("„", "").replace("”", "").replace('"', "").split()).casefold()


def count_and_none_problems(
    events: tuple[tuple[Any, ...], ...],
    count: int | None,
    none: tuple[str, ...],
    types: list[str],
    shown: Any,
) -> list[str]:
    """The event count and the unwanted event types of a case against the types of the events found (`shown`:
    what a problem shows of them): `count` events of the first wanted event's type, none of the types in `none`."""
    problems = []
    if count is not None and events:
        typ = events[0][0]
        got = types.count(typ)
        if got != count:
            problems.append(f"{got} {typ} events, not {count}: {shown}")
    problems += [f"unwanted {typ}: {shown}" for typ in none if typ in types]
    return problems


def check(case: Case) -> list[str]:
    """What the extractor gets wrong on one case (empty when it is right)."""
    rec = kooperacja.extract(case.text, doc_id="b", published=PUBLISHED)
    names = _names(rec)
    evs = [
        (ev["type"], {_norm(names[p["entity"]]) for p in ev["participants"]}, ev.get("status", "done"))
        for ev in rec["events"]
    ]
    problems = []
    for typ, want, status in case.events:
        want_n = {_norm(n) for n in want}
        hits = [e for e in evs if e[0] == typ and want_n <= e[1]]
        if not hits:
            problems.append(f"missing {typ} {sorted(want)}; found {evs}")
        elif status is not None and not any(e[2] == status for e in hits):
            problems.append(f"{typ} {sorted(want)} has status {[e[2] for e in hits]}, not {status}")
    problems += count_and_none_problems(case.events, case.count, case.none, [e[0] for e in evs], evs)
    if case.figures is not None:
        got_f = {(_norm(names[f["entity"]]), f["metric"], float(f["value"])) for f in rec["figures"]}
        want_f = {(_norm(n), m, float(v)) for n, m, v in case.figures}
        if got_f != want_f:
            problems.append(f"figures {sorted(got_f)} != {sorted(want_f)}")
    return problems


def test_the_battery_is_large_and_varied() -> None:
    assert len(CASES) >= 60
    assert len({c.text for c in CASES.values()}) == len(CASES)


@pytest.mark.parametrize(
    "key",
    keyed_params(CASES, FAILING),
)
def test_battery_case(key: str) -> None:
    problems = check(CASES[key])
    assert not problems, f"{CASES[key].text}\n" + "\n".join(problems)


if __name__ == "__main__":  # pass count: PYTHONPATH=src python tests/extract/test_investment_battery_s5inv.py
    print_pass_count(CASES, lambda k: check(CASES[k]), lambda k: CASES[k].text, show_failing=True)
