"""A blind battery of organisation passages (issue 8, session 10, org9), written before the name code was read and
from outside the habits of the earlier batteries: the noise of real web pages (photo credits, source lines, portal
names, "Czytaj także" links, author lines, newsletter and cookie boilerplate, hashtags, captions, press-release
footers, interviews in Q&A form, calendars, tables flattened to text, lists of permits, news round-ups), media named
as a source or acting, products, models and brands, fairs and events named like companies, programmes, buildings
and estates, political parties, foreign companies in Polish oblique cases, town adjectives (the town, never an
organisation), quoted names, names in capital headlines, and names with "&", digits and dots.

Each passage gives the EXACT set of organisations it must yield (base form, and subtype where given; a trailing
legal form and letter case ignored, as the scorer does), phrases no entity of any type may contain (bylines,
credits, boilerplate), places it must yield, people whose role must point to an organisation, and short forms that
must be linked to their full name. Decisions follow annotation.md: bylines, credits and "Źródło" lines are no
entities; media are `other` organisations only where they act (publish a ranking, grant a title); political parties
are `other`; products, brands, fairs, programmes used as money and buildings are no organisations. Every firm,
person and sentence is invented; the battery is fitted to no gold document. Passages the extractor still gets wrong
are strict xfails with the reason."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import pytest

from kooperacja import extract

from .battery import battery_tests, print_pass_count

CO = "company"
ZONE = "economic_zone"
MUNI = "municipality"
REG = "regional_government"
NAT = "national_government"
AGENCY = "agency"
EDU = "research_education"
ASSOC = "business_association"
CLUSTER = "cluster"
OTHER = "other"


@dataclass(frozen=True)
class Web:
    text: str
    orgs: dict[str, str | None] = field(
        default_factory=dict
    )  # the exact organisations: name -> subtype or None
    no_entity: frozenset[str] = frozenset()  # no entity of any type may contain one of these (case-folded)
    places: frozenset[str] = frozenset()  # places the record must hold
    roles: tuple[tuple[str, str], ...] = ()  # (person, the organisation of one of their roles)
    aliases: tuple[tuple[str, str], ...] = ()  # (organisation, a short form linked to it)


CASES: dict[str, Web] = {}


def _w(
    key: str,
    text: str,
    orgs: dict[str, str | None] | None = None,
    no_entity: set[str] | None = None,
    places: set[str] | None = None,
    roles: tuple[tuple[str, str], ...] = (),
    aliases: tuple[tuple[str, str], ...] = (),
) -> None:
    assert key not in CASES, key
    CASES[key] = Web(
        text, dict(orgs or {}), frozenset(no_entity or ()), frozenset(places or ()), roles, aliases
    )


# ---- photo credits, source lines, author lines, links, boilerplate
_w(
    "photo_credit_agency",
    "Nowa hala firmy Metalplast w Dębicy ruszy w marcu. Spółka zatrudni w niej 120 osób.\n"
    "Fot. Marek Zając / Agencja Wschód",
    orgs={"Metalplast": CO},
    no_entity={"Zając", "Agencja Wschód"},
    places={"Dębica"},
)
_w(
    "photo_credit_in_brackets",
    "Prezes spółki Agromet Jan Wierzba podpisał umowę z burmistrzem Ostrzeszowa (fot. Piotr Lis/Foto-Serwis). "
    "Zakład stanie przy obwodnicy.",
    orgs={"Agromet": CO},
    no_entity={"Piotr Lis", "Foto-Serwis"},
    roles=(("Jan Wierzba", "Agromet"),),
)
_w(
    "source_line_portal",
    "Koncern Rhenotec otworzył w Legnicy centrum badawcze. Pracuje w nim 60 inżynierów.\n"
    "Źródło: Przemysł24.pl",
    orgs={"Rhenotec": CO},
    no_entity={"Przemysł24"},
    places={"Legnica"},
)
_w(
    "source_line_newspaper_and_agency",
    "Spółka Hydrotex z Tczewa zbuduje drugą linię produkcyjną za 40 mln zł.\nŹródło: Dziennik Kociewski, PAP",
    orgs={"Hydrotex": CO},
    no_entity={"Dziennik Kociewski", "PAP"},
    places={"Tczew"},
)
_w(
    "czytaj_takze_link",
    "Spółka Drewnex podpisała umowę dzierżawy terenu w Kozienicach.\n"
    "Czytaj także: Nowe inwestycje w Radomskiem. Zobacz, kto buduje\n"
    "Zakład Drewnex ma ruszyć w 2027 roku.",
    orgs={"Drewnex": CO},
    no_entity={"Nowe inwestycje", "Zobacz", "Czytaj"},
)
_w(
    "author_line_top",
    "Autor: Anna Kowalczyk, redakcja Gospodarka Regionu\n\n"
    "Firma Optilab z Białegostoku rozbuduje laboratorium. Inwestycja kosztować będzie 15 mln zł.",
    orgs={"Optilab": CO},
    no_entity={"Kowalczyk", "Gospodarka Regionu"},
    places={"Białystok"},
)
_w(
    "newsletter_footer",
    "Spółka Termika przejęła ciepłownię w Ełku. Nowy właściciel zapowiada wymianę kotłów.\n"
    "Zapisz się na nasz Newsletter i otrzymuj najważniejsze informacje z regionu. Akceptuję Regulamin "
    "i Politykę Prywatności.",
    orgs={"Termika": CO},
    no_entity={"Newsletter", "Regulamin", "Polityk"},
    places={"Ełk"},
)
_w(
    "cookie_banner_first",
    "Ta strona używa plików Cookies. Szczegóły znajdziesz w Polityce Cookies.\n"
    "Firma Kabeltech otworzy w Ostrowie Wielkopolskim nowy zakład. Pracę znajdzie w nim 90 osób.",
    orgs={"Kabeltech": CO},
    no_entity={"Cookies", "Polityk"},
    places={"Ostrów Wielkopolski"},
)
_w(
    "hashtags",
    "Do Klastra Chemii Bydgoskiej dołączyła firma Polichem. Klaster liczy już 35 członków. "
    "#biznes #KlasterChemii #Bydgoszcz",
    orgs={"Klaster Chemii Bydgoskiej": CLUSTER, "Polichem": CO},
    no_entity={"#", "KlasterChemii", "biznes"},
)
_w(
    "website_address",
    "Firma Kamex z Piły uruchomiła sklep internetowy dla klientów z Niemiec. Więcej na stronie www.kamex.pl "
    "oraz na profilu Kamex Polska na Facebooku.",
    orgs={"Kamex": CO},
    no_entity={"kamex.pl", "Facebook"},
    places={"Piła", "Niemcy"},
)
_w(
    "caption_na_zdjeciu",
    "Na zdjęciu: prezes Grupy Lubawa Marek Olszak i starosta iławski podczas otwarcia hali.\n"
    "Grupa Lubawa zainwestowała w Iławie 25 mln zł.",
    orgs={"Grupa Lubawa": CO},
    no_entity={"Na zdjęciu"},
    roles=(("Marek Olszak", "Grupa Lubawa"),),
)
_w(
    "press_release_footer",
    "Vertigo Systems otwiera w Gnieźnie centrum serwisowe.\n\n"
    "O firmie\n"
    "Vertigo Systems to polski producent systemów wentylacji. Firma zatrudnia 450 osób.\n"
    "Kontakt dla mediów: Biuro Prasowe, tel. 600 100 200",
    orgs={"Vertigo Systems": CO},
    no_entity={"O firmie", "Biuro Prasowe", "Kontakt"},
    places={"Gniezno"},
)
_w(
    "interview_q_and_a",
    "Pytanie: Dlaczego wybraliście Kutno?\n"
    "Odpowiedź: Kutno ma świetne połączenia. Nasza spółka, Logipark Polska, szukała terenu przy autostradzie.\n"
    "Rozmawiał: Piotr Nowicki",
    orgs={"Logipark Polska": CO},
    no_entity={"Pytanie", "Odpowiedź", "Nowicki"},
    places={"Kutno"},
)
_w(
    "calendar_lines",
    "Kalendarium\n"
    "12 marca – Forum Gospodarcze Małopolski w Tarnowie\n"
    "15 marca – Dzień Otwarty Politechniki Krakowskiej\n"
    "20 marca – Gala Lidera Biznesu w Nowym Sączu",
    orgs={"Politechnika Krakowska": EDU},
    no_entity={"Forum Gospodarcze", "Dzień Otwarty", "Lider", "Gala"},
    places={"Tarnów", "Nowy Sącz"},
)
_w(
    "table_flattened",
    "Najwięksi inwestorzy w podstrefie:\n"
    "Firma | Miejscowość | Nakłady\n"
    "Maxbud | Kętrzyn | 12 mln zł\n"
    "Termopol | Mrągowo | 8 mln zł",
    orgs={"Maxbud": CO, "Termopol": CO},
    no_entity={"Nakłady", "Miejscowość"},
    places={"Kętrzyn", "Mrągowo"},
)
_w(
    "permit_list_with_seats",
    "Zezwolenia wydane w 2025 r.:\n"
    "- Polfarb sp. z o.o. (Opole)\n"
    "- Grawmet S.A. (Brzeg)\n"
    "- Kolbet sp.j. (Nysa)",
    orgs={"Polfarb": CO, "Grawmet": CO, "Kolbet": CO},
    no_entity={"Zezwolenia"},
    places={"Opole", "Brzeg", "Nysa"},
)
_w(
    "round_up_towns",
    "Z regionu w skrócie. W Pile spółka Trakmet otworzyła serwis maszyn. W Chodzieży przedsiębiorcy spotkali się "
    "z burmistrzem. W Złotowie ruszyła budowa hali firmy Cedrus.",
    orgs={"Trakmet": CO, "Cedrus": CO},
    no_entity={"Z regionu"},
    places={"Piła", "Chodzież", "Złotów"},
)
# ---- media: as a source no entity; acting (a ranking, a title) an `other` organisation
_w(
    "newspaper_as_source",
    "Jak poinformowała „Gazeta Pomorska”, firma Norbud kupiła teren w strefie w Grudziądzu. Spółka zapłaciła "
    "za działkę 6 mln zł.",
    orgs={"Norbud": CO},
    no_entity={"Gazeta Pomorska"},
    places={"Grudziądz"},
)
_w(
    "radio_interview",
    "W rozmowie z Radiem Opole prezes firmy Weltmet Tomasz Grab zapowiedział rozbudowę zakładu w Nysie. "
    "Weltmet zatrudni 40 spawaczy.",
    orgs={"Weltmet": CO},
    no_entity={"Radi"},
    places={"Nysa"},
    roles=(("Tomasz Grab", "Weltmet"),),
)
_w(
    "tv_said",
    "Prezes Transbudu Adam Lipa powiedział telewizji TVN24, że firma wybuduje terminal w Strykowie.",
    orgs={"Transbud": CO},
    no_entity={"TVN24"},
    places={"Stryków"},
    roles=(("Adam Lipa", "Transbud"),),
)
_w(
    "magazine_ranking_acting",
    "Magazyn „Forbes” umieścił spółkę Datalink na liście najszybciej rosnących firm. Rzeszowska firma rośnie "
    "od pięciu lat.",
    orgs={"Forbes": OTHER, "Datalink": CO},
    no_entity={"Rzeszowsk"},
)
# ---- products, models, brands, fairs and events named like companies, programmes, buildings
_w(
    "bus_model",
    "Do Krakowa trafi 20 autobusów Urbino 12 electric. Dostarczy je firma Solaris Bus & Coach.",
    orgs={"Solaris Bus & Coach": CO},
    no_entity={"Urbino"},
    places={"Kraków"},
)
_w(
    "phone_model",
    "Smartfon Nexo X5 produkuje łódzka firma Telmak. Model Nexo X5 trafi do sklepów w maju.",
    orgs={"Telmak": CO},
    no_entity={"Nexo"},
)
_w(
    "fair_bare_oblique",
    "Podczas tegorocznego Expoweldingu spółka Spawtech zaprezentowała nowego robota. Na stoisku Spawtechu "
    "pojawiło się 2 tys. gości.",
    orgs={"Spawtech": CO},
    no_entity={"Expowelding"},
)
_w(
    "english_event_name",
    "Na Warsaw Industry Week firma Robotix pokazała ramię spawalnicze. Robotix zdobył tam kilku klientów.",
    orgs={"Robotix": CO},
    no_entity={"Industry Week"},
)
_w(
    "programme_long_name",
    "W ramach programu Fundusze Europejskie dla Polski Wschodniej firma Lubplast kupiła trzy wtryskarki. "
    "Dofinansowanie wyniosło 4 mln zł.",
    orgs={"Lubplast": CO},
    no_entity={"Fundusze Europejskie"},
)
_w(
    "estate_and_office_building",
    "Firma Budrex zakończyła budowę osiedla Zielone Tarasy w Olsztynie. W biurowcu Omega Office przy ul. Lipowej "
    "siedzibę ma spółka Infosoft.",
    orgs={"Budrex": CO, "Infosoft": CO},
    no_entity={"Zielone Tarasy", "Omega", "Lipow"},
    places={"Olsztyn"},
)
_w(
    "political_parties",
    "Uchwałę o ulgach dla inwestorów poparli radni Koalicji Obywatelskiej i Polskiego Stronnictwa Ludowego. "
    "Przeciw byli radni Konfederacji.",
    orgs={"Koalicja Obywatelska": OTHER, "Polskie Stronnictwo Ludowe": OTHER, "Konfederacja": OTHER},
)
# ---- foreign companies in Polish oblique cases
_w(
    "lufthansa_instrumental_genitive",
    "Politechnika Rzeszowska podpisała porozumienie z Lufthansą. Dla Lufthansy to pierwsza taka umowa z polską "
    "uczelnią.",
    orgs={"Politechnika Rzeszowska": EDU, "Lufthansa": CO},
)
_w(
    "bosch_dative_genitive",
    "Gmina sprzedała działkę Boschowi za 30 mln zł. Dla Boscha to już trzecia fabryka w regionie.",
    orgs={"Bosch": CO},
)
_w(
    "toyota_genitive_dative",
    "Fabryka Toyoty w Wałbrzychu zwiększy produkcję silników. Miasto przekazało Toyocie sąsiednią działkę.",
    orgs={"Toyota": CO},
    places={"Wałbrzych"},
)
_w(
    "siemens_instrumental_start",
    "Z Siemensem współpracuje już pięć szkół z Kalisza. Koncern funduje uczniom stypendia.",
    orgs={"Siemens": CO},
    places={"Kalisz"},
)
_w(
    "scania_locative",
    "W zakładzie Scanii w Słupsku powstanie nowa lakiernia. O Scanii mówi się, że to największy pracodawca "
    "w mieście.",
    orgs={"Scania": CO},
    places={"Słupsk"},
)
# ---- town adjectives mean the town, never an organisation
_w(
    "town_adjective_delegation",
    "Gorlicka delegacja odwiedziła partnerskie miasto Bardejów na Słowacji. Samorządowcy rozmawiali "
    "o wspólnych projektach.",
    no_entity={"Gorlick", "Delegacja"},
    places={"Bardejów", "Słowacja"},
)
_w(
    "town_adjective_entrepreneurs",
    "Mieleccy przedsiębiorcy spotkali się z przedstawicielami Agencji Rozwoju Przemysłu. Rozmowa dotyczyła "
    "nowych terenów w strefie.",
    orgs={"Agencja Rozwoju Przemysłu": AGENCY},
    no_entity={"Mielecc", "Przedsiębiorcy"},
)
_w(
    "town_adjective_councillors",
    "Kaliscy radni przyjęli uchwałę o zwolnieniach z podatku od nieruchomości. Skorzysta z nich m.in. firma "
    "Protex.",
    orgs={"Protex": CO},
    no_entity={"Kalisc", "Radni"},
)
_w(
    "town_adjective_firm",
    "Świdnicka firma Elwod wygrała przetarg na oświetlenie. Elwod wymieni 3 tys. lamp.",
    orgs={"Elwod": CO},
    no_entity={"Świdnick"},
)
# ---- quoted names, capital headlines, "&", digits and dots
_w(
    "quoted_company",
    "Firma „Stolbud” z Kielc wybuduje halę w Końskich. Według „Stolbudu” zakład da pracę 70 osobom.",
    orgs={"Stolbud": CO},
    places={"Kielce", "Końskie"},
)
_w(
    "quoted_foundation",
    "Fundacja „Mosty Biznesu” zorganizowała misję gospodarczą do Wilna. W misji wzięło udział 12 firm.",
    orgs={"Fundacja Mosty Biznesu": OTHER},
    places={"Wilno"},
)
_w(
    "caps_headline_company",
    "NOWA FABRYKA KOMBITECH W ŚWIDNIKU\n"
    "Spółka Kombitech rozpoczęła budowę zakładu w Świdniku. Powstanie tam 200 miejsc pracy.",
    orgs={"Kombitech": CO},
    no_entity={"NOWA FABRYKA"},
    places={"Świdnik"},
)
_w(
    "caps_headline_zone",
    "STREFA PRZYCIĄGA INWESTORA Z KOREI\n"
    "Katowicka Specjalna Strefa Ekonomiczna (KSSE) wydała decyzję o wsparciu firmie Hanwoo Tech. KSSE "
    "obsłużyła w tym roku 15 projektów.",
    orgs={"Katowicka Specjalna Strefa Ekonomiczna": ZONE, "Hanwoo Tech": CO},
    no_entity={"PRZYCIĄGA", "Inwestor"},
    aliases=(("Katowicka Specjalna Strefa Ekonomiczna", "KSSE"),),
)
_w(
    "caps_company_in_text",
    "Spółka POLKAP z Radomia podpisała umowę z firmą KRAFTEX. POLKAP dostarczy KRAFTEX-owi tekturę.",
    orgs={"POLKAP": CO, "KRAFTEX": CO},
    places={"Radom"},
)
_w(
    "ampersand_consulting",
    "Raport o rynku pracy przygotowała firma doradcza Ernst & Young. Według Ernst & Young w regionie brakuje "
    "spawaczy.",
    orgs={"Ernst & Young": CO},
)
_w(
    "ampersand_with_short_form",
    "Amerykański koncern Procter & Gamble rozbuduje fabrykę w Aleksandrowie Łódzkim. P&G zainwestuje tam "
    "200 mln zł.",
    orgs={"Procter & Gamble": CO},
    places={"Aleksandrów Łódzki"},
    aliases=(("Procter & Gamble", "P&G"),),
)
_w(
    "digits_in_name",
    "Spółka Polmer 21 z Płocka otworzyła magazyn. Polmer 21 zatrudnił w nim 30 osób.",
    orgs={"Polmer 21": CO},
    places={"Płock"},
)
_w(
    "dotted_name",
    "Firma Info.net z Gdańska wdroży system dla szpitala. Info.net wygrała przetarg wart 2 mln zł.",
    orgs={"Info.net": CO},
    places={"Gdańsk"},
)
_w(
    "quote_long_sentence",
    "– Współpraca z Uniwersytetem Zielonogórskim pozwoli nam kształcić kadry – mówi Ewa Mróz, dyrektor zakładu "
    "Lumetal w Nowej Soli, który w tym roku zatrudni kolejnych 50 osób.",
    orgs={"Uniwersytet Zielonogórski": EDU, "Lumetal": CO},
    places={"Nowa Sól"},
    roles=(("Ewa Mróz", "Lumetal"),),
)
_w(
    "chamber_and_caption",
    "Izba Przemysłowo-Handlowa w Tarnowie zaprosiła firmy na spotkanie z ambasadorem Japonii.\n"
    "Fot. archiwum IPH",
    orgs={"Izba Przemysłowo-Handlowa w Tarnowie": ASSOC},
    no_entity={"archiwum"},
)


BLIND = len(
    CASES
)  # the passages above were written before the code was read; those below test the rules added after

# ---- added with the fixes (one passage per new pattern row or rule, in our own words)
_w(
    "caption_credit_after_comma",
    "Otwarcie nowej hali spółki Tartex w Brzegu, 4.05.2026, fot. Roman Kruk\nTartex zatrudni w hali 70 osób.",
    orgs={"Tartex": CO},
    no_entity={"Roman Kruk"},
    places={"Brzeg"},
)
_w(
    "posted_by_line",
    "Data publikacji: 3.05.2026, Zamieścił: Adam Lis\n"
    "Gmina Borowo sprzedała firmie Kalmet działkę w strefie.",
    orgs={"Gmina Borowo": MUNI, "Kalmet": CO},
    no_entity={"Adam Lis"},
)
_w(
    "red_after_bar",
    "Spółka Pramet otworzyła biuro w Lublinie.\n| red: Jan Bąk",
    orgs={"Pramet": CO},
    no_entity={"Bąk"},
    places={"Lublin"},
)
_w(
    "link_to_paper_edition",
    "Firma Dromex wybuduje magazyn w Strykowie.\nLink do artykułu w wydaniu papierowym: Kurier Łódzki Biznes",
    orgs={"Dromex": CO},
    no_entity={"Kurier"},
    places={"Stryków"},
)
_w(
    "see_also_headline_next_line",
    "Spółka Welbud kupiła teren w Zgierzu.\n\nZOBACZ TEŻ:\n\nRada Nadzorcza Portu Lotniczego Lublin wybrała "
    "nowego prezesa\n",
    orgs={"Welbud": CO},
    no_entity={"Port"},
    places={"Zgierz"},
)
_w(
    "see_also_without_colon",
    "Firma Lamex podpisała umowę z Gminą Borowo.\n\nZobacz również\n\nSpółka Arlen otwiera biuro w Berlinie\n"
    "Targi Metalowe w Kielcach pobiły rekord",
    orgs={"Lamex": CO, "Gmina Borowo": MUNI},
    no_entity={"Arlen", "Berlin", "Kielce"},
)
_w(
    "see_who_builds_is_no_link",
    "Zobacz, kto buduje w strefie: spółka Wermet postawi halę w Stalowej Woli.",
    orgs={"Wermet": CO},
    places={"Stalowa Wola"},
)
_w(
    "town_adjective_before_known_firm",
    "Płocki Orlen zbuduje nową instalację do produkcji wodoru. Orlen wyda na nią 2 mld zł.",
    orgs={"Orlen": CO},
    no_entity={"Płock"},
)
_w(
    "teasers_cut_off",
    "Spółka Baltex otworzyła zakład w Słupsku. Pracę znalazło w nim 80 osób.\n"
    "W Poznaniu odbyło się spotkanie inwestorów. Do miasta przyjechali przedstawiciele firmy Kordex, by omó...\n"
    "Nowe tereny inwestycyjne w gminie Ostrzeszów przyciągnęły już dwóch inwestorów. Pierwszy z nich to spó…",
    orgs={"Baltex": CO},
    no_entity={"Kordex", "Poznań", "Ostrzeszów"},
    places={"Słupsk"},
)
_w(
    "sentence_trailing_off_is_kept",
    "Prezes firmy Welmot Jan Rak mówi krótko: zbudujemy halę, potem drugą, potem trzecią...",
    orgs={"Welmot": CO},
    roles=(("Jan Rak", "Welmot"),),
)
_w(
    "quoted_programme_sentence_start",
    "Program „Czyste Powietrze” cieszy się w gminie dużą popularnością. Wnioski przyjmuje firma doradcza Ekoplan.",
    orgs={"Ekoplan": CO},
    no_entity={"Czyste Powietrze"},
)
_w(
    "cooperative_lower_case",
    "Umowę na dostawy mleka podpisała spółdzielnia Mlekomax z Grajewa. Dostawy ruszą w lipcu.",
    orgs={"Mlekomax": CO},
    places={"Grajewo"},
)
_w(
    "plural_units_sentence_start",
    "Gminy Borowo i Lasowice przystąpiły do klastra energii. Do klastra należy też firma Enerbud.",
    # annotation.md: a unit's formal name is an organisation in any position, a sentence's start too (fixorg10
    # dropped org9's aafe498, which read the towns here: one tune document, against annotation.md)
    orgs={"Enerbud": CO, "Gmina Borowo": MUNI, "Gmina Lasowice": MUNI},
)
_w(
    "polish_system_name_no_org",
    "Politechnika Opolska wdroży w powiecie Zintegrowany System Monitoringu Mostów. System kupiła firma Drogomex.",
    orgs={"Politechnika Opolska": EDU, "Drogomex": CO},
    no_entity={"System"},
)
_w(
    "photo_source_two_words",
    "Agencja Rozwoju Przemysłu przejęła udziały w spółce Kolmet.\nŹródło zdjęcia głównego: Wolne Zasoby",
    orgs={"Agencja Rozwoju Przemysłu": AGENCY, "Kolmet": CO},
    no_entity={"Wolne Zasoby"},
)
_w(
    "byline_alone_on_line",
    "Ewa Sikora\n\nSpółka Hartex otworzyła w Koninie centrum serwisowe. Prezes Hartexu Piotr Mazur zapowiada "
    "kolejne.\n\nEwa Sikora",
    orgs={"Hartex": CO},
    no_entity={"Sikora"},
    roles=(("Piotr Mazur", "Hartex"),),
)
_w(
    "quoted_cooperative_sentence_start",
    "Spółdzielnia „Rolmlecz” z Zambrowa otworzyła nową proszkownię. Kosztowała 60 mln zł.",
    orgs={"Spółdzielnia Rolmlecz": CO},
    places={"Zambrów"},
)
_w(
    "quoted_company_mid_sentence",
    "Halę w Końskich wybuduje firma „Stolarex”, która zatrudni 40 osób.",
    orgs={"Stolarex": CO},
    places={"Końskie"},
)
_w(
    "press_office_of_a_named_office",
    "Komunikat wydało Biuro Prasowe Urzędu Miasta Opola. Wcześniej Biuro Prasowe odpowiadało na pytania.",
    orgs={"Biuro Prasowe Urzędu Miasta Opola": None},
)


_LEGAL = re.compile(
    r"\s+(?:sp\. z o\.o\.|sp\. ?j\.|s\.a\.|sa|gmbh|ag|ltd\.?|inc\.?|s\.r\.o\.|sp\. ?k\.)$", re.IGNORECASE
)


def _key(name: str) -> str:
    """A name as the scorer compares it: without a trailing legal form or quotes, case-folded."""
    return _LEGAL.sub("", name.replace("„", "").replace("”", "").replace('"', "").strip()).casefold()


def _record(text: str) -> dict[str, Any]:
    return extract(text, doc_id="battery-s10org", published="2026-05-04")


def check(case: Web) -> list[str]:
    """What is wrong in the passage's extraction (empty when it passes). An organisation is found, as the scorer
    finds it, where its name or one of its aliases is the wanted name."""
    entities = _record(case.text)["entities"]
    by_id = {e["id"]: e["name"] for e in entities}
    org_list = [e for e in entities if e["type"] == "organization"]
    keys = [{_key(e["name"]), *map(_key, e.get("aliases", []))} for e in org_list]
    places = {e["name"] for e in entities if e["type"] == "place"}
    persons = {e["name"]: e for e in entities if e["type"] == "person"}
    orgs: dict[str, dict[str, Any]] = {}  # a wanted name's key -> the entity that has it
    for name in case.orgs:
        hit = next((n for n, ks in enumerate(keys) if _key(name) in ks), None)
        if hit is not None:
            orgs[_key(name)] = org_list[hit]
    used = {id(e) for e in orgs.values()}
    problems = [f"missing {n!r}" for n in sorted(case.orgs) if _key(n) not in orgs]
    problems += [f"not an organisation: {e['name']!r}" for e in org_list if id(e) not in used]
    problems += [
        f"{n!r} is {orgs[_key(n)].get('subtype')!r}, not {s!r}"
        for n, s in sorted(case.orgs.items())
        if _key(n) in orgs and s is not None and orgs[_key(n)].get("subtype") != s
    ]
    problems += [
        f"no entity may hold {bad!r}: {e['type']} {e['name']!r}"
        for e in entities
        for bad in sorted(case.no_entity)
        if bad.casefold() in e["name"].casefold()
    ]
    problems += [f"missing place {p!r}" for p in sorted(case.places - places)]
    for person, org in case.roles:
        served = {by_id.get(r.get("organization")) for r in persons.get(person, {}).get("roles", [])}
        if not any(s is not None and _key(s) == _key(org) for s in served) and not any(
            s is not None and orgs.get(_key(org), {}).get("name") == s for s in served
        ):
            problems.append(f"{person!r} serves {sorted(map(str, served))}, not {org!r}")
    for name, short in case.aliases:
        entity = orgs.get(_key(name))
        if entity is not None and short not in entity.get("aliases", []) and short != entity["name"]:
            problems.append(f"{short!r} not linked to {name!r}")
    return problems


# Passages the code does not pass yet, with the reason (strict: a fix makes them fail, so that they move up).
FAILING: dict[str, str] = {
    "digits_in_name": "a number after a company's name ends the name ('Polmer 21'): after a name a number is more "
    "often a date, an amount or a count",
    "magazine_ranking_acting": "a magazine named in quotes after its kind noun ('Magazyn „Forbes”') is not read as "
    "an acting medium (media are organisations only where they act)",
    "political_parties": "political parties (annotation.md: 'other') named without a head noun are not known",
    "table_flattened": "bare unknown names in the cells of a table flattened to text have no cue",
}

test_the_battery_is_large_and_varied, test_battery_case = battery_tests(CASES, FAILING, check, minimum=40)


def test_blind_part_is_large() -> None:
    assert BLIND >= 40


if __name__ == "__main__":
    print_pass_count(CASES, lambda k: check(CASES[k]), lambda k: CASES[k].text, show_failing=True)


@pytest.mark.parametrize(
    "text",
    [
        "Miasto Borowo podpisało umowę z inwestorem. Wniosek złożono w Urzędzie Miejskim w Borowie.",
        "Gmina Pyzdry sprzedała działkę firmie Kormet. Umowę przygotował Urząd Miejski w Pyzdrach.",
        "Powiat Kaliski przekazał teren pod strefę. Wnioski przyjmuje Starostwo Powiatowe w Kaliszu.",
        pytest.param(
            "Gmina Lipno sprzedała działkę firmie Kormet. Umowę przygotował Urząd Miejski w Lipnie.",
            marks=pytest.mark.xfail(
                strict=True,
                reason="units are keyed by the first five letters of their words: the seat's locative ('Lipnie') "
                "keys apart from its nominative ('Lipno')",
            ),
        ),
    ],
)
def test_a_town_office_is_its_town_or_its_commune(text: str) -> None:
    """ "Urząd Miejski w X" is the office of "Miasto X" or of "Gmina X", whichever the text names, and "Starostwo
    Powiatowe w X" that of "Powiat X…": one entity."""
    orgs = [e for e in _record(text)["entities"] if e["type"] == "organization" and e["subtype"] == MUNI]
    assert len(orgs) == 1, orgs
