"""Session 8 event battery (issue 8, items 1, 2, 5, 7, 8 and 9), written blind: before the trigger code and
tables of this session were read. Multi-sentence passages in the manner of regional economic news: trigger
families built from morphology (aspect pairs, gerunds, active and passive participles), permits and support
decisions, investors named by a copula or a list, statuses, certificates and titles, ongoing cooperation,
partner towns and regions, membership, awards, study trips, missions and fairs; nominal events and headlines;
passive and impersonal sentences; modality scoped to the trigger's clause; dates in datelines, neighbouring
sentences and event names; and senses of trigger words that are no event. Every passage is written for this
file: companies, clusters and people are invented (towns and regions are real places).

Each case states what a reader takes from it:
- `events`: (type, names, status or None) that must be found; the names must be among the event's
  participants, compared loosely (legal forms and quotes dropped, the first four letters of each word), since
  participants' base forms are another helper's work;
- `count`: the number of events of the first expected type, where it matters;
- `none`: event types that must not be found at all;
- `dates`: (type, date) pairs: some event of that type carries that date;
- `published`: the document's date given with it (None: no date given).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from tests.extract.battery import keyed_params, print_pass_count
from tests.extract.test_investment_battery_s5inv import count_and_none_problems

import kooperacja

PUBLISHED = "2024-05-10"
_LEGAL = re.compile(
    r"\b(?:sp\.? ?z ?o\.? ?o\.?|s\.? ?a\.?|sp\.? ?k\.?|gmbh|ltd|inc|ag|se)\s*$", re.IGNORECASE
)

Ev = tuple[str, frozenset[str], "str | None"]


@dataclass(frozen=True)
class Case:
    text: str
    events: tuple[Ev, ...] = ()
    count: int | None = None
    none: tuple[str, ...] = ()
    dates: tuple[tuple[str, str], ...] = ()
    published: str | None = PUBLISHED


def ev(typ: str, *names: str, status: str | None = None) -> Ev:
    return (typ, frozenset(names), status)


def _loose(name: str) -> str:
    name = _LEGAL.sub("", name.strip())
    words = re.sub(r"[^\w\s]", " ", name).casefold().split()
    return " ".join(w[:4] for w in words)


def _among(want: str, got: set[str]) -> bool:
    """A wanted name among the participants' names, a generic head before it allowed ("Spółka X" for "X")."""
    return any(g == want or g.endswith(" " + want) for g in got)


CASES: dict[str, Case] = {
    # --- item 1: plant verbs and nouns in their other shapes ----------------------------------------------------
    "oddany_do_uzytku_passive": Case(
        "Nowy zakład spółki Termadex w Kutnie został oddany do użytku w czwartek. Inwestycja kosztowała 60 mln zł "
        "i da pracę 150 osobom.",
        events=(ev("investment", "Termadex"),),
    ),
    "rozbudowa_hali_gerund_subject": Case(
        "Rozbudowa hali magazynowej firmy Logiserv w Gliwicach zakończyła się w maju. Firma zatrudni dodatkowo "
        "80 osób.",
        events=(ev("investment", "Logiserv"),),
    ),
    "uruchomienie_linii_gerund": Case(
        "W zakładzie spółki Kronmet w Ostrowcu Świętokrzyskim nastąpiło uruchomienie nowej linii walcowniczej. "
        "Linia kosztowała 40 mln zł.",
        events=(ev("investment", "Kronmet"),),
    ),
    "otwarcie_biura_odbylo_sie": Case(
        "W środę odbyło się otwarcie biura firmy Datavix w Rzeszowie. To już trzecia lokalizacja informatycznej "
        "spółki w Polsce.",
        events=(ev("investment", "Datavix"),),
    ),
    "fabryka_powstaje_present": Case(
        "Na terenie podstrefy w Skarżysku-Kamiennej powstaje fabryka firmy Ecomark. Produkcja opakowań ma ruszyć "
        "jesienią.",
        events=(ev("investment", "Ecomark"),),
    ),
    "fabryka_powstanie_future": Case(
        "W Świdniku powstanie fabryka koncernu Aerovia. Zakład da pracę 300 osobom.",
        events=(ev("investment", "Aerovia"),),
    ),
    "zainwestowala_perfective_past": Case(
        "Spółka Mebloform zainwestowała 25 mln zł w nową halę produkcyjną w Jarocinie. W hali powstaną fronty "
        "meblowe.",
        events=(ev("investment", "Mebloform"),),
    ),
    "inwestuje_imperfective_present": Case(
        "Firma Hydrosil inwestuje w Brzegu w nowy park maszynowy. Nakłady wyniosą 14 mln zł.",
        events=(ev("investment", "Hydrosil"),),
    ),
    "zmodernizowala_odlewnie": Case(
        "Grupa Koltar zmodernizowała w ubiegłym roku odlewnię w Śremie. Wydajność zakładu wzrosła o jedną trzecią.",
        events=(ev("investment", "Koltar"),),
    ),
    "rozbudowuje_subject_last": Case(
        "Po raz kolejny swój zakład w Tarnowie rozbudowuje spółka Azomex. Nowa hala będzie miała 5 tys. mkw.",
        events=(ev("investment", "Azomex"),),
    ),
    "hala_wybudowana_przez_participle": Case(
        "Hala wybudowana przez firmę Stalprofil w Dąbrowie Górniczej ma 12 tys. m kw. Pracuje w niej 90 osób.",
        events=(ev("investment", "Stalprofil"),),
    ),
    "nowym_inwestorem_jest_copula": Case(
        "Nowym inwestorem w podstrefie Starachowice jest firma Metalkon. Spółka kupiła tam 4 ha gruntu pod "
        "zakład obróbki stali.",
        events=(ev("investment", "Metalkon"),),
    ),
    "decyzje_o_wsparciu_otrzymala_then_plant": Case(
        "Decyzję o wsparciu otrzymała spółka Vitropak. Firma wybuduje w Kole zakład opakowań szklanych za 90 mln zł.",
        events=(ev("investment", "Vitropak"),),
        count=1,
    ),
    "zezwolenia_colon_bare_names": Case(
        "Zezwolenia na działalność w strefie otrzymały w tym roku trzy firmy: Drewtex, Plastbud i Elmotor. "
        "Wszystkie zbudują zakłady w Suwałkach.",
        events=(ev("investment", "Drewtex"), ev("investment", "Plastbud"), ev("investment", "Elmotor")),
        count=3,
    ),
    # --- item 1: statuses, certificates, titles, awards -----------------------------------------------------------
    "status_krajowego_klastra": Case(
        "Klaster Medycyny Cyfrowej otrzymał status Krajowego Klastra Kluczowego. Status przyznaje Ministerstwo "
        "Rozwoju i Technologii.",
        events=(ev("award", "Klaster Medycyny Cyfrowej"),),
    ),
    "zostal_krajowym_klastrem": Case(
        "Śląski Klaster Wodny został Krajowym Klastrem Kluczowym. Zrzesza on 60 firm i dwie uczelnie.",
        events=(ev("award", "Śląski Klaster Wodny"),),
    ),
    "tytul_otrzymala_subject_last": Case(
        "Tytuł Lidera Innowacji otrzymała w tym roku firma Sensomed z Lublina. Spółka produkuje czujniki medyczne.",
        events=(ev("award", "Sensomed"),),
    ),
    "statuetke_odebral_prezes": Case(
        "Statuetkę Gazeli Regionu odebrał prezes spółki Kamwood Andrzej Pawlak. Nagrody wręczono w Filharmonii.",
        events=(ev("award", "Kamwood"),),
    ),
    "wyroznienie_przypadlo": Case(
        "Wyróżnienie w konkursie Pracodawca Roku przypadło firmie Optimed. Kapituła doceniła program staży.",
        events=(ev("award", "Optimed"),),
    ),
    "certyfikat_uzyskala": Case(
        "Spółka Brukmax uzyskała certyfikat Rzetelny Pracodawca. To pierwsze takie wyróżnienie w powiecie.",
        events=(ev("award", "Brukmax"),),
    ),
    # --- item 1: ongoing cooperation -----------------------------------------------------------------------------
    "we_wspolpracy_z_firma": Case(
        "Politechnika Opolska we współpracy z firmą Termoflex opracowuje nowy typ pompy ciepła. Prototyp ma być "
        "gotowy za rok.",
        events=(ev("cooperation", "Politechnika Opolska", "Termoflex"),),
    ),
    "nawiazal_kontakty": Case(
        "Klaster Aeropolis nawiązał kontakty z Lwowską Izbą Przemysłowo-Handlową. Obie organizacje chcą wspólnie "
        "szkolić inżynierów.",
        events=(ev("cooperation", "Klaster Aeropolis", "Lwowska Izba Przemysłowo-Handlowa"),),
    ),
    "wspolny_projekt_realizuja": Case(
        "Uniwersytet Rzeszowski i spółka Biovet realizują wspólny projekt badawczy. Dotyczy on szczepionek dla "
        "drobiu.",
        events=(ev("cooperation", "Uniwersytet Rzeszowski", "Biovet"),),
    ),
    "wspolpraca_trwa_od": Case(
        "Współpraca Agencji Rozwoju Regionalnego w Koninie z firmą Enerkon trwa od 2015 roku. Wspólnie "
        "przygotowały już dwie konferencje.",
        events=(ev("cooperation", "Agencja Rozwoju Regionalnego w Koninie", "Enerkon"),),
    ),
    "wspolpracuje_imperfective": Case(
        "Od kilku lat firma Stalbet współpracuje z Politechniką Lubelską. Studenci odbywają w niej praktyki.",
        events=(ev("cooperation", "Stalbet", "Politechnika Lubelska"),),
    ),
    # --- item 1: partner towns and regions -----------------------------------------------------------------------
    "miasta_partnerskie_copula": Case(
        "Nowy Targ i słowacki Kieżmark są miastami partnerskimi od dwudziestu lat. W sobotę władze obu miast "
        "spotkały się na jarmarku.",
        events=(ev("agreement", "Nowy Targ", "Kieżmark"),),
    ),
    "umowa_o_partnerstwie_regionow": Case(
        "Województwo Podkarpackie podpisało umowę o partnerstwie z Obwodem Iwanofrankiwskim. Regiony będą "
        "wspierać wymianę młodzieży.",
        events=(ev("agreement", "Województwo Podkarpackie", "Obwód Iwanofrankiwski"),),
    ),
    # --- item 1: membership ---------------------------------------------------------------------------------------
    "przystapienie_gerund": Case(
        "Zarząd zatwierdził przystąpienie spółki Elvent do Klastra Energii Odnawialnej. Firma jest dwudziestym "
        "członkiem klastra.",
        events=(ev("membership", "Elvent", "Klaster Energii Odnawialnej"),),
    ),
    "dolaczyla_do_subject_last": Case(
        "Do Polskiej Izby Handlu Zagranicznego dołączyła w marcu firma Transmar. Spółka eksportuje meble.",
        events=(ev("membership", "Transmar", "Polska Izba Handlu Zagranicznego"),),
    ),
    "nalezy_do_klastra": Case(
        "Spółka Ekoplast należy do Pomorskiego Klastra Tworzyw Sztucznych. Firma produkuje folie rolnicze.",
        events=(ev("membership", "Ekoplast", "Pomorski Klaster Tworzyw Sztucznych"),),
    ),
    "przystapila_gmina": Case(
        "Gmina Lubliniec przystąpiła do Stowarzyszenia Gmin Przemysłowych. Burmistrz liczy na wymianę "
        "doświadczeń.",
        events=(ev("membership", "Gmina Lubliniec", "Stowarzyszenie Gmin Przemysłowych"),),
    ),
    "zostala_czlonkiem": Case(
        "Firma Kartonex została członkiem Wielkopolskiej Izby Przemysłowo-Handlowej. Izba zrzesza 400 "
        "przedsiębiorstw.",
        events=(ev("membership", "Kartonex", "Wielkopolska Izba Przemysłowo-Handlowa"),),
    ),
    # --- item 1: study trips, missions, fairs --------------------------------------------------------------------
    "wyjazd_studyjny": Case(
        "Przedstawiciele Klastra Spożywczego Mazowsze wzięli udział w wyjeździe studyjnym do Holandii. Odwiedzili "
        "tam farmy i zakłady przetwórcze.",
        events=(ev("visit", "Klaster Spożywczy Mazowsze"),),
    ),
    "misja_gospodarcza_zorganizowala": Case(
        "Izba Gospodarcza Warmii i Mazur zorganizowała misję gospodarczą do Kazachstanu. W misji udział wzięło "
        "15 firm z regionu.",
        events=(ev("visit", "Izba Gospodarcza Warmii i Mazur"),),
    ),
    "targi_organizator": Case(
        "Targi Agrotech zorganizowała w Kielcach spółka Expokiel. Swoje maszyny pokazało tam 300 wystawców.",
        events=(ev("conference", "Expokiel"),),
    ),
    "delegacja_odwiedzila_strefe": Case(
        "Delegacja z chińskiej prowincji Syczuan odwiedziła Łódzką Specjalną Strefę Ekonomiczną. Goście "
        "rozmawiali o inwestycjach w logistykę.",
        events=(ev("visit", "Łódzka Specjalna Strefa Ekonomiczna"),),
    ),
    # --- item 2: nominal events and headlines --------------------------------------------------------------------
    "headline_umowa_miedzy_podpisana": Case(
        "Umowa między Politechniką Gdańską a firmą Navimor podpisana\n"
        "Uczelnia i stocznia będą wspólnie kształcić inżynierów budowy okrętów.",
        events=(ev("agreement", "Politechnika Gdańska", "Navimor"),),
    ),
    "headline_podpisanie_przez": Case(
        "Podpisanie porozumienia przez Miasto Radom i Radomską Izbę Gospodarczą\n"
        "W piątek w ratuszu strony zobowiązały się wspierać lokalne firmy.",
        events=(ev("agreement", "Miasto Radom", "Radomska Izba Gospodarcza"),),
    ),
    "umowa_partnerska_pomiedzy": Case(
        "Umowa partnerska pomiędzy Powiatem Gnieźnieńskim a Powiatem Verden obowiązuje od 2002 roku. W tym "
        "roku do Gniezna przyjadą uczniowie z Niemiec.",
        events=(ev("agreement", "Powiat Gnieźnieński", "Powiat Verden"),),
    ),
    "porozumienia_zawarly_plural": Case(
        "Porozumienia o współpracy z Akademią Morską w Szczecinie zawarły firmy Baltmar i Portex. Studenci "
        "odbędą w nich praktyki.",
        events=(ev("agreement", "Baltmar", "Akademia Morska w Szczecinie"),),
    ),
    "list_intencyjny_w_sprawie_utworzenia": Case(
        "List intencyjny w sprawie utworzenia klastra wodorowego podpisali przedstawiciele Politechniki Śląskiej "
        "i spółki Hydrogenium. Klaster ma powstać do końca roku.",
        events=(ev("letter_of_intent", "Politechnika Śląska", "Hydrogenium"),),
        none=("founding",),
    ),
    # --- item 2: passive and impersonal --------------------------------------------------------------------------
    "podpisano_agents_before": Case(
        "W urzędzie spotkali się przedstawiciele Gminy Zbąszynek i firmy Lignotech. Podpisano tam porozumienie o "
        "budowie drogi do zakładu.",
        events=(ev("agreement", "Gmina Zbąszynek", "Lignotech"),),
    ),
    "zostalo_podpisane_przez": Case(
        "Porozumienie o współpracy zostało podpisane przez Uniwersytet Zielonogórski i Lubuski Klaster Metalowy. "
        "Strony wspólnie przygotują studia dualne.",
        events=(ev("agreement", "Uniwersytet Zielonogórski", "Lubuski Klaster Metalowy"),),
    ),
    "umowe_podpisano_z_firma": Case(
        "Z firmą Ecowat Gmina Dobczyce podpisała umowę na budowę farmy fotowoltaicznej. Umowę podpisano "
        "w obecności starosty.",
        events=(ev("agreement", "Ecowat", "Gmina Dobczyce"),),
        count=1,
    ),
    # --- item 9: first-person agglutinated verbs ------------------------------------------------------------------
    "podpisalismy_quote": Case(
        "– Podpisaliśmy umowę z firmą Geotherm na dostawę ciepła – powiedział prezes Miejskiej Spółki Ciepłowniczej "
        "w Pleszewie. Ciepło popłynie do bloków od jesieni.",
        events=(ev("agreement", "Geotherm"),),
    ),
    "zawarlismy_quote": Case(
        "„Zawarliśmy porozumienie z Uniwersytetem Ekonomicznym w Katowicach” – mówi prezes spółki Finvera. "
        "Uczelnia pomoże firmie w badaniach rynku.",
        events=(ev("agreement", "Uniwersytet Ekonomiczny w Katowicach"),),
    ),
    "otworzylismy_first_person": Case(
        "– Otworzyliśmy w Lesznie nowy zakład – mówi członek zarządu firmy Wentech. W zakładzie pracuje 70 osób.",
        events=(ev("investment", "Wentech"),),
    ),
    # --- item 5: modality scoped to the trigger's clause ----------------------------------------------------------
    "planuje_podpisanie_no_time": Case(
        "Spółka Ortomed planuje podpisanie umowy z Politechniką Białostocką. Rozmowy trwają.",
        none=("agreement",),
    ),
    "planuje_podpisanie_with_date": Case(
        "Spółka Ortomed planuje podpisanie umowy z Politechniką Białostocką 15 czerwca. Umowa dotyczy praktyk.",
        events=(ev("agreement", "Ortomed", "Politechnika Białostocka", status="planned"),),
    ),
    "future_in_relative_clause_signing_done": Case(
        "Spółka Termofol, która w przyszłym roku zatrudni 50 osób, podpisała umowę z Gminą Wołów. Zakład stanie "
        "przy obwodnicy.",
        events=(ev("agreement", "Termofol", "Gmina Wołów", status="done"),),
    ),
    "future_in_relative_after_object": Case(
        "Firma Vegapol podpisała porozumienie z Politechniką Poznańską, które pozwoli studentom odbywać praktyki "
        "w zakładzie.",
        events=(ev("agreement", "Vegapol", "Politechnika Poznańska", status="done"),),
    ),
    "deklarowane_naklady_is_done": Case(
        "Spółka Alutec buduje halę w Mielcu. Deklarowane nakłady na inwestycję wyniosą 30 mln zł.",
        events=(ev("investment", "Alutec", status="done"),),
    ),
    "jutro_podpisza_planned": Case(
        "Jutro Gmina Kłodzko i spółka Klodtrans podpiszą umowę o współpracy. Dotyczy ona transportu publicznego.",
        events=(ev("agreement", "Gmina Kłodzko", "Klodtrans", status="planned"),),
    ),
    "mozliwe_nawiazanie_is_wish": Case(
        "Możliwe jest nawiązanie współpracy między Klastrem Lniarskim a Instytutem Włókien Naturalnych. Obie "
        "strony są zainteresowane.",
        none=("cooperation", "agreement"),
    ),
    # --- item 7: dates ----------------------------------------------------------------------------------------------
    "dateline_place_comma_date_r": Case(
        "Opole, 3.04.2023 r.\nSpółka Rolbud podpisała umowę o współpracy z Gminą Pyskowice.",
        events=(ev("agreement", "Rolbud"),),
        dates=(("agreement", "2023-04-03"),),
        published=None,
    ),
    "date_in_previous_sentence": Case(
        "W poniedziałek 4 marca w Opolu spotkali się przedstawiciele firmy Kertech i Politechniki Opolskiej. "
        "Strony podpisały wtedy porozumienie o współpracy.",
        events=(ev("agreement", "Kertech", "Politechnika Opolska"),),
        dates=(("agreement", "2024-03-04"),),
    ),
    "year_in_forum_name": Case(
        "Forum Gospodarcze Podkarpacie 2022 zorganizowała Podkarpacka Izba Gospodarcza. Wzięło w nim udział "
        "200 firm.",
        events=(ev("conference", "Podkarpacka Izba Gospodarcza"),),
        dates=(("conference", "2022"),),
        published=None,
    ),
    "date_line_at_end_with_place": Case(
        "Gmina Brzeg podpisała porozumienie z firmą Mechanix. Firma przeszkoli bezrobotnych.\n\nBrzeg, 7 lutego "
        "2023",
        events=(ev("agreement", "Mechanix"),),
        dates=(("agreement", "2023-02-07"),),
        published=None,
    ),
    "date_in_next_sentence_month": Case(
        "Spółka Agromet otworzyła nowy zakład w Kępnie. Uroczystość odbyła się 12 kwietnia.",
        events=(ev("investment", "Agromet"),),
        dates=(("investment", "2024-04-12"),),
    ),
    # --- more investment news shapes: zero subjects, apposition, lists, ceremonies -------------------------------
    "kupila_dzialke_then_plant": Case(
        "Spółka Paxon kupiła od starachowickiej strefy działkę o powierzchni 6 ha. Na tym terenie powstanie jej "
        "centrum dystrybucyjne.",
        events=(ev("investment", "Paxon"),),
    ),
    "rozpoczela_budowe": Case(
        "Firma Dentix rozpoczęła budowę zakładu w Rawiczu. Pierwsze maszyny staną w hali za rok.",
        events=(ev("investment", "Dentix"),),
    ),
    "ruszyla_produkcja_w_zakladzie": Case(
        "W nowym zakładzie firmy Glasstech w Ozorkowie ruszyła produkcja szyb samochodowych. Pracę znalazło tam "
        "200 osób.",
        events=(ev("investment", "Glasstech"),),
    ),
    "zero_subject_next_sentence": Case(
        "Firma Pakmar jest jednym z największych producentów tektury w kraju. W przyszłym roku otworzy drugi "
        "zakład w Goleniowie.",
        events=(ev("investment", "Pakmar"),),
    ),
    "przeniesie_produkcje": Case(
        "Szwedzki koncern Eltorp przeniesie do Gniezna produkcję silników elektrycznych. W tym celu spółka zbuduje "
        "halę o powierzchni 20 tys. mkw.",
        events=(ev("investment", "Eltorp"),),
        count=1,
    ),
    "inwestycja_spolki_noun_copula": Case(
        "Inwestycja spółki Grantex w Nowej Dębie to 70 mln zł i 120 nowych miejsc pracy. Hala stanie obok "
        "lakierni.",
        events=(ev("investment", "Grantex"),),
    ),
    "wmurowano_kamien": Case(
        "W piątek wmurowano kamień węgielny pod centrum badawcze firmy Laborix w Poznaniu. Centrum zatrudni "
        "150 naukowców.",
        events=(ev("investment", "Laborix"),),
    ),
    "inwestorem_jest_apposition": Case(
        "Inwestorem jest japońska firma Toyokawa, producent łożysk. Zakład stanie w Wałbrzychu.",
        events=(ev("investment", "Toyokawa"),),
    ),
    "bullets_of_plants": Case(
        "Nowe inwestycje w podstrefie Kutno:\n- centrum logistyczne firmy Logway,\n- zakład spółki Rolpak.",
        events=(ev("investment", "Logway"), ev("investment", "Rolpak")),
    ),
    # --- more awards, visits, conferences, foundings, membership ----------------------------------------------------
    "zajela_miejsce_w_rankingu": Case(
        "Spółka Hortimex zajęła pierwsze miejsce w rankingu Perły Biznesu. Kapituła doceniła jej eksport.",
        events=(ev("award", "Hortimex"),),
    ),
    "laureatem_zostal": Case(
        "Laureatem Nagrody Gospodarczej Marszałka została firma Drewmet z Końskich. Nagrodę wręczono w Kielcach.",
        events=(ev("award", "Drewmet"),),
    ),
    "z_wizyta_przebywali": Case(
        "Z wizytą w zakładzie firmy Agrotor przebywali przedstawiciele Ambasady Japonii. Goście obejrzeli linię "
        "montażu ciągników.",
        events=(ev("visit", "Ambasada Japonii", "Agrotor"),),
    ),
    "byl_organizatorem_konferencji": Case(
        "Już po raz piąty organizatorem konferencji Lubelskie Dni Innowacji był Lubelski Park Technologiczny. "
        "Do Lublina przyjechało 300 gości.",
        events=(ev("conference", "Lubelski Park Technologiczny"),),
        none=("visit",),
    ),
    "powolano_klaster_przy_uczelni": Case(
        "Przy Politechnice Koszalińskiej powołano Klaster Energetyczny Pomorza. Jego członkami zostały 23 firmy.",
        events=(ev("founding", "Klaster Energetyczny Pomorza"),),
    ),
    "nowym_czlonkiem_zostala": Case(
        "Nowym członkiem Klastra Motoryzacyjnego Dolny Śląsk została spółka Autopart. Klaster liczy już 40 firm.",
        events=(ev("membership", "Autopart", "Klaster Motoryzacyjny Dolny Śląsk"),),
    ),
    "polaczyly_sily": Case(
        "Firmy Dronex i Skyvis połączyły siły. Razem zbudują system monitoringu lasów.",
        events=(ev("cooperation", "Dronex", "Skyvis"),),
    ),
    "partnerem_projektu_jest": Case(
        "Projekt prowadzi Uniwersytet Warmińsko-Mazurski. Jego partnerem jest spółka Mlekovita Plus.",
        events=(ev("cooperation", "Uniwersytet Warmińsko-Mazurski", "Mlekovita Plus"),),
    ),
    "memorandum_parafowaly": Case(
        "Memorandum o współpracy parafowały w Warszawie Polska Agencja Kosmiczna i firma Satrev. Dokument dotyczy "
        "mikrosatelitów.",
        events=(ev("agreement", "Polska Agencja Kosmiczna", "Satrev"),),
    ),
    # --- added with the fixes of this session (each new row or rule, with its negatives) -------------------------
    "statuetke_odebrala_spolka": Case(
        "Statuetkę Orła Eksportu odebrała w piątek spółka Kamwood. Firma sprzedaje meble do dwudziestu krajów.",
        events=(ev("award", "Kamwood"),),
    ),
    "odebrali_maszyny_not_award": Case(
        "Pracownicy firmy Mirex odebrali nowe maszyny od producenta. Linia ruszy w czerwcu.",
        none=("award",),
    ),
    "wyjazd_studyjny_zorganizowal": Case(
        "Klaster Lotniczy zorganizował wyjazd studyjny do Tuluzy. Wzięło w nim udział dwanaście firm.",
        events=(ev("visit", "Klaster Lotniczy"),),
    ),
    "polaczyly_sily_no_plant": Case(
        "Firmy Dronex i Skyvis połączyły siły. Razem zbudują system ostrzegania przed pożarami lasów.",
        events=(ev("cooperation", "Dronex", "Skyvis"),),
        none=("investment",),
    ),
    "polacza_sily_if_is_condition": Case(
        "Firmy Abex i Bimex połączą siły, jeśli dostaną dotację z urzędu marszałkowskiego.",
        none=("cooperation",),
    ),
    "zlozyli_podpisy_pod_listem": Case(
        "Prezes firmy Reltex i Gmina Koło złożyli podpisy pod listem intencyjnym. Chodzi o budowę ciepłowni.",
        events=(ev("letter_of_intent", "Reltex", "Gmina Koło"),),
        none=("agreement",),
    ),
    "headline_porozumienie_gen_z_then_podpisy": Case(
        "Porozumienie o współpracy Gminy Tuchów z firmą Ceramix\n"
        "W czwartek w urzędzie wójt i prezes firmy złożyli podpisy pod dokumentem.",
        events=(ev("agreement", "Gmina Tuchów", "Ceramix"),),
    ),
    "headline_umowa_partnerska_gen_z": Case(
        "Umowa partnerska Zamościa z ukraińskim Łuckiem\nOba miasta będą współpracować w dziedzinie turystyki.",
        events=(ev("agreement", "Zamość", "Łuck"),),
    ),
    "rozmowy_gen_z_not_agreement": Case(
        "Rozmowy Gminy Sokółka z firmą Podlasbud trwają od miesiąca. Wójt liczy na porozumienie.",
        none=("agreement", "cooperation"),
    ),
    "umowa_gen_z_may_be_signed": Case(
        "Umowa Gminy Sokółka z firmą Podlasbud może zostać podpisana w przyszłości.",
        none=("agreement",),
    ),
    "relative_future_before_signing_verb": Case(
        "Umowę, która obowiązywać będzie przez pięć lat, podpisały Gmina Ryki i firma Agrochem.",
        events=(ev("agreement", "Gmina Ryki", "Agrochem", status="done"),),
    ),
    "moze_pochwalic_sie_tytulem": Case(
        "Firma Betamed może pochwalić się tytułem Lidera Eksportu. Kapituła przyznała go w marcu.",
        events=(ev("award", "Betamed", status="done"),),
    ),
    "mogliby_conditional_is_wish": Case(
        "Spółka Rexan mogłaby zainwestować w Pile, gdyby dostała grunt od miasta.",
        none=("investment",),
    ),
    "mieli_okazje_zwiedzic_done": Case(
        "Przedstawiciele firmy Cerkon mieli okazję zwiedzić zakład spółki Drobex w Ciechanowie.",
        events=(ev("visit", "Cerkon", "Drobex", status="done"),),
        none=("investment",),
    ),
    "beda_mieli_okazje_no_plant": Case(
        "Uczestnicy będą mieli okazję zwiedzić zakład firmy Zetkama.",
        none=("investment",),
    ),
    "przyjechalo_dwoch_przedstawicieli_is_visit": Case(
        "Do Kielc przyjechało dwóch przedstawicieli Izby Gospodarczej Lwowa. Rozmawiali o eksporcie.",
        events=(ev("visit", "Izba Gospodarcza Lwowa"),),
    ),
    "tysiace_zwiedzajacych_not_visit": Case(
        "Na targi do Poznania przybyło kilka tysięcy zwiedzających. Wystawców było 800.",
        none=("visit",),
    ),
    "klaster_powstal_raport_in_relative": Case(
        "W 2019 roku powstał Klaster Energii Opolszczyzna, którego raport chwalą eksperci.",
        events=(ev("founding", "Klaster Energii Opolszczyzna"),),
    ),
    "potrzeba_poglebienia_is_wish": Case(
        "Podkreślono potrzebę pogłębienia współpracy Izby Handlowej Lwowa z Podkarpacką Izbą Gospodarczą.",
        none=("cooperation",),
    ),
    "chec_nawiazania_is_wish": Case(
        "Prezes spółki Dalmor mówił o chęci nawiązania współpracy z Akademią Morską w Gdyni. Rozmowy mają ruszyć "
        "jesienią.",
        none=("cooperation",),
    ),
    "trwa_wspolpraca_gen_z": Case(
        "Od 2010 roku trwa współpraca Izby Handlowej Lwowa z Podkarpacką Izbą Gospodarczą. Izby wymieniają się "
        "ofertami firm.",
        events=(ev("cooperation", "Izba Handlowa Lwowa", "Podkarpacka Izba Gospodarcza"),),
    ),
    "gala_jubilee_not_award": Case(
        "Podczas gali z okazji dziesięciolecia Agencji Rozwoju Mazur podsumowano jej działalność. Agencja obsłużyła "
        "80 inwestorów.",
        none=("award",),
    ),
    "gala_with_prizes_is_award": Case(
        "Podczas gali w Olsztynie nagrody otrzymały firmy Warmex i Mazbud. Obie produkują okna.",
        events=(ev("award", "Warmex"), ev("award", "Mazbud")),
        count=2,
    ),
    "organizatorem_byla_next_sentence": Case(
        "Forum Eksporterów Mazowsza odbyło się w 2023 roku w Radomiu. Organizatorem była Agencja Rozwoju "
        "Mazowsza.",
        events=(ev("conference", "Agencja Rozwoju Mazowsza"),),
        dates=(("conference", "2023"),),
        published=None,
    ),
    "organizatorem_konkursu_is_no_conference": Case(
        "Konkurs Lider Eksportu rozstrzygnięto w Opolu. Organizatorem była Opolska Izba Gospodarcza.",
        none=("conference",),
    ),
    "dojdzie_do_podpisania_planned": Case(
        "Do podpisania umowy między Gminą Krosno a firmą Kromet dojdzie 20 maja. Umowa dotyczy dzierżawy hali.",
        events=(ev("agreement", "Gmina Krosno", "Kromet", status="planned"),),
    ),
    "doszlo_do_podpisania_done": Case(
        "Do podpisania umowy między Gminą Krosno a firmą Kromet doszło w piątek. Umowa dotyczy dzierżawy hali.",
        events=(ev("agreement", "Gmina Krosno", "Kromet", status="done"),),
    ),
    "zorganizuje_targi_no_time": Case(
        "Izba Rzemiosła zorganizuje targi w Gdańsku. Wystawcy mogą się zgłaszać.",
        none=("conference",),
    ),
    "zorganizuje_targi_next_week": Case(
        "W przyszłym tygodniu Izba Rzemiosła zorganizuje w Gdańsku targi rzemiosła.",
        events=(ev("conference", "Izba Rzemiosła", status="planned"),),
    ),
    "relative_future_organising_not_done": Case(
        "Spółka Dentek dołączyła do Klastra Morskiego, który w przyszłym roku zorganizuje targi w Gdańsku.",
        events=(ev("membership", "Dentek", "Klaster Morski"),),
    ),
    "ordinal_permits_chain": Case(
        "W ubiegłym tygodniu zarząd strefy wydał trzy decyzje o wsparciu. Pierwszą otrzymała firma Arteco. Druga "
        "trafiła do spółki Bemax, a trzecia do firmy Celpap.",
        events=(ev("investment", "Arteco"), ev("investment", "Bemax"), ev("investment", "Celpap")),
        count=3,
    ),
    "trafila_do_after_permit": Case(
        "Strefa wydała dwie decyzje o wsparciu. Pierwsza trafiła do spółki Bemax z Dzierżoniowa.",
        events=(ev("investment", "Bemax"),),
    ),
    "trafily_products_not_investment": Case(
        "Spółka Sokpol wydała nowy katalog. Pierwsze produkty trafiły do sklepów firmy Bemax w marcu.",
        none=("investment",),
    ),
    "powstaja_aplikacje_not_investment": Case(
        "W inkubatorze firmy Betasoft powstają nowe aplikacje dla inwestorów. Firma zatrudnia 30 programistów.",
        none=("investment", "founding"),
    ),
    "powstaje_zaklad_is_investment": Case(
        "W Mielcu powstaje nowy zakład firmy Aerotech. To ważna inwestycja dla regionu.",
        events=(ev("investment", "Aerotech"),),
    ),
    "tereny_dla_inwestorow_generic": Case(
        "Gmina Kobylnica przygotowała nowe tereny dla inwestorów. Uzbrojenie działek kosztowało 8 mln zł.",
        none=("investment",),
    ),
    "tworzy_centrum_imperfective": Case(
        "Firma Hexa tworzy w Gliwicach centrum badawczo-rozwojowe. Pracę znajdzie tam 50 inżynierów.",
        events=(ev("investment", "Hexa"),),
    ),
    "utworzyl_centrum_uslug": Case(
        "Koncern Delfi utworzył w Krakowie centrum usług wspólnych. Zatrudnia w nim 400 osób.",
        events=(ev("investment", "Delfi"),),
    ),
    "tworzy_strategie_not_event": Case(
        "Gmina Kłodawa tworzy nową strategię rozwoju. Pomaga jej Fundacja Rozwoju Regionu.",
        none=("investment", "founding"),
    ),
    "pochwala_is_no_boast": Case(
        "Zarząd pochwala decyzję spółki Cermex o nagrodach dla pracowników. Premie wypłacono w marcu.",
        none=("award",),
    ),
    "tworzymy_platforme_not_founding": Case(
        "– Tworzymy dziś platformę współpracy dla firm motoryzacyjnych – mówił prezes Klastra Motoryzacyjnego "
        "Silesia. Do platformy należą Politechnika Śląska i Technopark Gliwice.",
        none=("founding",),
    ),
    "postawi_elektrownie": Case(
        "Firma Bioenergia postawi w Koninie elektrownię na biomasę. Prąd popłynie do sieci za dwa lata.",
        events=(ev("investment", "Bioenergia"),),
    ),
    "uruchomila_przetwornie": Case(
        "Firma Daniel Foods uruchomiła w Sokołowie przetwórnię owoców. Pracuje w niej 120 osób.",
        events=(ev("investment", "Daniel Foods"),),
    ),
    "otworzyl_nowa_rozlewnie": Case(
        "Browar Jastrzębie otworzył nową rozlewnię w Żywcu. Linia napełni 40 tys. butelek na godzinę.",
        events=(ev("investment", "Browar Jastrzębie"),),
    ),
    "otworzyla_park_logistyczny": Case(
        "Spółka Cargopark otworzyła w Strykowie park logistyczny. Najemcami są firmy kurierskie.",
        events=(ev("investment", "Cargopark"),),
    ),
    "rozszerzy_produkcje": Case(
        "Firma Hydropol rozszerzy produkcję w zakładzie w Łapach. Zatrudni 40 nowych pracowników.",
        events=(ev("investment", "Hydropol"),),
    ),
    "zainstalowala_linie": Case(
        "Spółka Inox zainstalowała w hali nową linię cięcia blach. Maszyny kosztowały 6 mln zł.",
        events=(ev("investment", "Inox"),),
    ),
    "otworzyla_sezon_not_investment": Case(
        "Spółka Rolnik otworzyła sezon w sadach w Grójcu. Zbiory potrwają do października.",
        none=("investment",),
    ),
    "otworzyla_czytelnie_not_plant": Case(
        "Gmina Pleszew otworzyła w ratuszu czytelnię. Można w niej przeczytać lokalną prasę.",
        none=("investment",),
    ),
    "goscila_studentow_uczelni_is_visit": Case(
        "Politechnika Rzeszowska gościła studentów z Uniwersytetu we Lwowie. Goście zwiedzili laboratoria.",
        events=(ev("visit", "Politechnika Rzeszowska", "Uniwersytet we Lwowie"),),
    ),
    "zaangazowaly_sie_we_wspolny_projekt": Case(
        "W realizację wspólnego projektu badawczego zaangażowały się Politechnika Śląska i spółka Carbotech. "
        "Projekt potrwa trzy lata.",
        events=(ev("cooperation", "Politechnika Śląska", "Carbotech"),),
    ),
    "szuka_partnerow_do_projektu_not_cooperation": Case(
        "Gmina Rybnik szuka partnerów do wspólnego projektu z Politechniką Śląską. Nabór potrwa do maja.",
        none=("cooperation",),
    ),
    "wspolny_projekt_moze_powstac_is_wish": Case(
        "Wspólny projekt Politechniki Śląskiej i spółki Carbotech może powstać w przyszłym roku.",
        none=("cooperation",),
    ),
    # --- item 8: senses that are no event -------------------------------------------------------------------------
    "goscie_gala_not_visit": Case(
        "Na gali firmy Ramex pojawiło się 120 gości. Spółka świętowała 25-lecie działalności.",
        none=("visit",),
    ),
    "misja_klastra_jest_not_visit": Case(
        "Misją Klastra Obróbki Metali jest wspieranie innowacji w regionie. Klaster powstał przy Politechnice "
        "Świętokrzyskiej w 2012 roku.",
        none=("visit",),
    ),
    "raport_powstal_not_founding": Case(
        "Raport o inwestycjach w regionie powstał na zlecenie Agencji Rozwoju Pomorza. Wynika z niego, że "
        "inwestorzy cenią kadry.",
        none=("founding", "investment"),
    ),
    "goscila_dziennikarzy_not_visit": Case(
        "Spółka Fruvita gościła w tym tygodniu dziennikarzy z całej Polski. Pokazała im nową sortownię owoców.",
        none=("visit",),
    ),
    "tematem_bylo_nawiazanie": Case(
        "Tematem spotkania w Urzędzie Miasta Jasła było nawiązanie współpracy z firmą Gremet. Decyzji nie podjęto.",
        none=("cooperation", "agreement"),
    ),
    "nalezy_do_najnowoczesniejszych_not_membership": Case(
        "Zakład firmy Sokpol należy do najnowocześniejszych w Europie. Pracuje w nim 400 osób.",
        none=("membership",),
    ),
    "certyfikat_ce_required_not_award": Case(
        "Każda maszyna firmy Kovex musi mieć certyfikat CE. Spółka sprzedaje je do Niemiec.",
        none=("award",),
    ),
    "otwarcie_rynku_not_investment": Case(
        "Otwarcie rynku chińskiego to szansa dla firmy Sadpol. Spółka eksportuje jabłka.",
        none=("investment",),
    ),
    "strategia_powstala_not_founding": Case(
        "Strategia rozwoju gminy powstała we współpracy z Fundacją Rozwoju Lokalnego. Dokument przyjęto w maju.",
        none=("founding", "investment"),
    ),
    "dolaczyl_do_rozmowy_not_membership": Case(
        "Do rozmowy z prezesem spółki Biomlek dołączył później wojewoda. Tematem była susza.",
        none=("membership",),
    ),
}

# Cases that fail with today's code; strict, so that fixing one makes the run say so.
FAILING: dict[str, str] = {
    "statuetke_odebral_prezes": "the company in its president's title is no recipient (participants, part3)",
    "we_wspolpracy_z_firma": "'we współpracy z' beside a research verb is no cooperation trigger",
    "umowe_podpisano_z_firma": "'Ecowat Gmina Dobczyce' is read as one name (names, org3)",
    "partnerem_projektu_jest": "'partnerem projektu jest' is no cooperation trigger",
}


def check(case: Case) -> list[str]:
    """What the extractor gets wrong on one case (empty when it is right)."""
    rec = kooperacja.extract(case.text, doc_id="b", published=case.published)
    names = {e["id"]: [e["name"], *e.get("aliases", [])] for e in rec["entities"]}
    evs = [
        (
            e["type"],
            {_loose(n) for p in e["participants"] for n in names.get(p["entity"], [])},
            e.get("status", "done"),
            e.get("date"),
        )
        for e in rec["events"]
    ]
    shown = [(t, sorted(p), s, d) for t, p, s, d in evs]
    problems = []
    for typ, want, status in case.events:
        want_l = {_loose(n) for n in want}
        hits = [e for e in evs if e[0] == typ and all(_among(w, e[1]) for w in want_l)]
        if not hits:
            problems.append(f"missing {typ} {sorted(want)}; found {shown}")
        elif status is not None and not any(e[2] == status for e in hits):
            problems.append(f"{typ} {sorted(want)} has status {[e[2] for e in hits]}, not {status}")
    problems += count_and_none_problems(case.events, case.count, case.none, [e[0] for e in evs], shown)
    for typ, date in case.dates:
        if not any(e[0] == typ and e[3] == date for e in evs):
            problems.append(f"no {typ} dated {date}: {shown}")
    return problems


def test_the_battery_is_large_and_varied() -> None:
    assert len(CASES) >= 40
    assert len({c.text for c in CASES.values()}) == len(CASES)
    assert sum(1 for c in CASES.values() if c.none and not c.events) >= 10


@pytest.mark.parametrize("key", keyed_params(CASES, FAILING))
def test_battery_case(key: str) -> None:
    problems = check(CASES[key])
    assert not problems, f"{CASES[key].text}\n" + "\n".join(problems)


if __name__ == "__main__":  # pass count: PYTHONPATH=src:. python tests/extract/test_event_battery_s8ev.py
    print_pass_count(CASES, lambda k: check(CASES[k]), lambda k: CASES[k].text)
