"""The rule review of session s4 (docs/RULE_REVIEW.md, tools/rule_report.py): a test sentence of our own for each
row that fires on at most one gold document and was kept, and for the rows deleted as duplicates (their words still
state the event, through the row or the reading they duplicated) or as misfires (the other sense states nothing).
Names are invented; each case names the row it stands for (table row, `|` between columns)."""

from __future__ import annotations

from pathlib import Path

import pytest

import kooperacja.extract as ex
from kooperacja.data.language_data import language_data
from kooperacja.extract import figures, matcher
from kooperacja.extract.analysis import analyse_text
from kooperacja.extract.doc import Doc
from kooperacja.extract.matcher import Matcher, parse_pattern


def _record(text: str) -> dict:
    return ex.extract(text, published="2024-05-01")


def _types(text: str) -> list[str]:
    return [e["type"] for e in _record(text)["events"]]


def _orgs(text: str) -> dict[str, str | None]:
    return {e["name"]: e.get("subtype") for e in _record(text)["entities"] if e["type"] == "organization"}


# event_triggers.tsv: (lemma|kind, sentence, the event type it states)
TRIGGERS = [
    (
        "memorandum|noun",
        "Sygnatariuszami memorandum są Spółka Alfatech z Lublina i Gmina Borowo.",
        "agreement",
    ),
    (
        "partnerstwo|noun",
        "Sygnatariuszami partnerstwa są Spółka Alfatech z Lublina i Gmina Borowo.",
        "agreement",
    ),
    (
        "oświadczenie|noun",
        "Spółka Alfatech z Lublina i Gmina Borowo podpisały wspólne oświadczenie o budowie drogi.",
        "letter_of_intent",
    ),
    ("partner|noun", "Spółka Alfatech z Lublina od lat działa jako partner Gminy Borowo.", "cooperation"),
    (
        "seminarium|noun",
        "Spółka Alfatech z Lublina zorganizowała seminarium dla przedsiębiorców z Gminy Borowo.",
        "conference",
    ),
    (
        "kongres|noun",
        "Izba Handlowa Delta zorganizowała w Lublinie kongres eksporterów z Gminą Borowo.",
        "conference",
    ),
    ("targi|noun", "Izba Handlowa Delta zorganizowała w Lublinie Targi Maszyn z Gminą Borowo.", "conference"),
    (
        "sympozjum|noun",
        "Instytut Chemii Alfa zorganizował w Lublinie sympozjum z Uniwersytetem Borowskim.",
        "conference",
    ),
    (
        "warsztat|noun",
        "Spółka Alfatech z Lublina zorganizowała warsztat dla przedsiębiorców z Gminy Borowo.",
        "conference",
    ),
    ("podium|noun", "Spółka Alfatech z Lublina stanęła na podium konkursu Izby Handlowej Delta.", "award"),
    ("parafować|verb", "Spółka Alfatech z Lublina i Gmina Borowo parafowały wczoraj dokument.", "agreement"),
    (
        "parafować|action",
        "Parafowanie porozumienia przez Spółkę Alfatech z Lublina i Gminę Borowo odbyło się w maju.",
        "agreement",
    ),
    ("założyć|verb", "Spółka Alfatech z Lublina i Gmina Borowo założyły Klaster Gamma.", "founding"),
    ("zawiązać|verb", "Spółka Alfatech z Lublina i Gmina Borowo zawiązały Stowarzyszenie Gamma.", "founding"),
    ("dołączyć|verb", "Spółka Alfatech z Lublina dołączyła do Klastra Gamma.", "membership"),
    ("wstąpić|verb", "Spółka Alfatech z Lublina wstąpiła do Izby Handlowej Delta.", "membership"),
    ("zbudować|verb", "Spółka Alfatech z Lublina zbudowała w Gminie Borowo nową halę.", "investment"),
    ("ulokować|verb", "Spółka Alfatech z Lublina ulokowała nowy zakład w Gminie Borowo.", "investment"),
    ("rozpocząć|action", "Spółka Alfatech z Lublina rozpoczęła współpracę z Gminą Borowo.", "cooperation"),
    ("rozpoczynać|action", "Spółka Alfatech z Lublina rozpoczyna współpracę z Gminą Borowo.", "cooperation"),
    ("podjąć|action", "Spółka Alfatech z Lublina podjęła współpracę z Gminą Borowo.", "cooperation"),
    ("zacieśnić|action", "Spółka Alfatech z Lublina zacieśniła współpracę z Gminą Borowo.", "cooperation"),
    ("przyjąć|action", "Spółka Alfatech z Lublina przyjęła gości z Gminy Borowo.", "visit"),
    ("przebywać|action", "W Spółce Alfatech z Lublina przebywali goście z Gminy Borowo.", "visit"),
    ("brać|action", "Spółka Alfatech z Lublina brała udział w targach w Gminie Borowo.", "conference"),
    (
        "zainaugurować|action",
        "Spółka Alfatech z Lublina i Gmina Borowo zainaugurowały warsztaty dla eksporterów.",
        "conference",
    ),
    ("zdobyć|action", "Spółka Alfatech z Lublina zdobyła nagrodę Izby Handlowej Delta.", "award"),
    ("stanąć|action", "Spółka Alfatech z Lublina stanęła na podium konkursu Izby Handlowej Delta.", "award"),
    ("uhonorować|action", "Izba Handlowa Delta uhonorowała Spółkę Alfatech z Lublina nagrodą.", "award"),
    (
        "zrealizować|action",
        "Spółka Alfatech z Lublina zrealizowała inwestycję w Gminie Borowo.",
        "investment",
    ),
    ("ogłosić|action", "Spółka Alfatech z Lublina ogłosiła inwestycję w Gminie Borowo.", "investment"),
    ("miasto partnerski|fact", "Lublin jest miastem partnerskim Lwowa.", "agreement"),
    ("miasto bliźniaczy|fact", "Lublin i Lwów to miasta bliźniacze.", "agreement"),
    ("gmina partnerski|fact", "Gmina Borowo jest gminą partnerską Nysy.", "agreement"),
    ("partnerski gmina|fact", "Gmina Borowo i Gmina Lisów są partnerskimi gminami.", "agreement"),
    ("partnerski miasto|fact", "Partnerskim miastem Lublina jest Lwów.", "agreement"),
    ("region partnerski|fact", "Województwo Lubelskie jest regionem partnerskim Wołynia.", "agreement"),
    ("partnerski region|fact", "Partnerskim regionem Województwa Lubelskiego jest Wołyń.", "agreement"),
    ("rozwijać|action", "Spółka Alfatech z Lublina rozwija współpracę z Gminą Borowo.", "cooperation"),
    ("rozwinąć|action", "Spółka Alfatech z Lublina rozwinęła współpracę z Gminą Borowo.", "cooperation"),
    (
        "zapoczątkować|action",
        "Spółka Alfatech z Lublina zapoczątkowała współpracę z Gminą Borowo.",
        "cooperation",
    ),
    ("kontynuować|action", "Spółka Alfatech z Lublina kontynuuje współpracę z Gminą Borowo.", "cooperation"),
    ("członek|noun", "Spółka Alfatech z Lublina została członkiem Klastra Gamma.", "membership"),
    ("zostać|action", "Spółka Alfatech z Lublina została członkiem Klastra Gamma.", "membership"),
    (
        "zainaugurować|verb",
        "Spółka Alfatech z Lublina i Gmina Borowo zainaugurowały Klaster Gamma.",
        "founding",
    ),
    (
        "przygotować|action",
        "Spółka Alfatech z Lublina przygotowała z Gminą Borowo warsztaty dla eksporterów.",
        "conference",
    ),
    ("wśród partner|fact", "Wśród partnerów Klastra Gamma jest Spółka Alfatech z Lublina.", "membership"),
    (
        "wśród członek|fact",
        "Wśród członków Klastra Gamma znalazła się Spółka Alfatech z Lublina.",
        "membership",
    ),
    (
        "wśród udziałowiec|fact",
        "Wśród udziałowców Klastra Gamma jest Spółka Alfatech z Lublina.",
        "membership",
    ),
    ("być|action", "Spółka Alfatech z Lublina jest członkiem Klastra Gamma.", "membership"),
    ("rozbudować|verb", "Spółka Alfatech z Lublina rozbudowała zakład w Gminie Borowo.", "investment"),
    ("włączyć się|fact", "Spółka Alfatech z Lublina włączyła się w prace Klastra Gamma.", "membership"),
    ("się włączyć|fact", "Spółka Alfatech z Lublina chętnie się włączyła do Klastra Gamma.", "membership"),
    (
        "miano|noun",
        "Spółka Alfatech z Lublina otrzymała od Izby Handlowej Delta miano Lidera Innowacji.",
        "award",
    ),
    (
        "nadanie|action",
        "Nadanie Spółce Alfatech z Lublina tytułu Lidera Roku przez Izbę Handlową Delta odbyło się w maju.",
        "award",
    ),
    ("powitać|action", "Gmina Borowo powitała gości ze Spółki Alfatech z Lublina.", "visit"),
    ("trwać|action", "Współpraca Spółki Alfatech z Lublina z Gminą Borowo trwa od 2015 roku.", "cooperation"),
    ("kontakt|noun", "Spółka Alfatech z Lublina nawiązała kontakty z Gminą Borowo.", "cooperation"),
    (
        "uruchomić produkcja|fact",
        "Spółka Alfatech z Lublina uruchomiła produkcję w Gminie Borowo.",
        "investment",
    ),
    (
        "uruchamiać produkcja|fact",
        "Spółka Alfatech z Lublina uruchamia produkcję w Gminie Borowo.",
        "investment",
    ),
    (
        "rozpocząć produkcja|fact",
        "Spółka Alfatech z Lublina rozpoczęła produkcję w Gminie Borowo.",
        "investment",
    ),
    (
        "przenieść produkcja|fact",
        "Spółka Alfatech z Lublina przeniosła produkcję do Gminy Borowo.",
        "investment",
    ),
    (
        "oddać do użytek|fact",
        "Spółka Alfatech z Lublina oddała do użytku halę w Gminie Borowo.",
        "investment",
    ),
    (
        "oddawać do użytek|fact",
        "Spółka Alfatech z Lublina oddaje do użytku halę w Gminie Borowo.",
        "investment",
    ),
    ("kupić działka|fact", "Spółka Alfatech z Lublina kupiła działkę w Gminie Borowo.", "investment"),
    ("nabyć działka|fact", "Spółka Alfatech z Lublina nabyła działkę w Gminie Borowo.", "investment"),
    ("kupić teren|fact", "Spółka Alfatech z Lublina kupiła teren w Gminie Borowo.", "investment"),
    ("nabyć teren|fact", "Spółka Alfatech z Lublina nabyła teren w Gminie Borowo.", "investment"),
    ("biuro|noun", "Spółka Alfatech z Lublina otworzyła biuro w Gminie Borowo.", "investment"),
    ("oddział|noun", "Spółka Alfatech z Lublina otworzyła oddział w Gminie Borowo.", "investment"),
    (
        "realizować wspólny projekt|fact",
        "Spółka Alfatech z Lublina realizuje wspólny projekt z Gminą Borowo.",
        "cooperation",
    ),
    (
        "zrealizować wspólny projekt|fact",
        "Spółka Alfatech z Lublina zrealizowała wspólny projekt z Gminą Borowo.",
        "cooperation",
    ),
    (
        "prowadzić wspólny projekt|fact",
        "Spółka Alfatech z Lublina prowadzi wspólny projekt z Gminą Borowo.",
        "cooperation",
    ),
]


@pytest.mark.parametrize(("row", "text", "typ"), TRIGGERS, ids=[c[0] for c in TRIGGERS])
def test_a_kept_trigger_row_states_its_event(row: str, text: str, typ: str) -> None:
    assert typ in _types(text), row


# a letter of intent named "umowa/porozumienie intencyjna": the phrase outranks the single noun it begins with
LETTERS_OF_INTENT = [
    (
        "umowa intencyjny|noun",
        "Spółka Alfatech z Lublina i Gmina Borowo zawarły umowę intencyjną w sprawie budowy drogi.",
        "letter_of_intent",
    ),
    (
        "porozumienie intencyjny|noun",
        "Spółka Alfatech z Lublina i Gmina Borowo zawarły porozumienie intencyjne w sprawie budowy drogi.",
        "letter_of_intent",
    ),
]


@pytest.mark.parametrize(("row", "text", "typ"), LETTERS_OF_INTENT, ids=[c[0] for c in LETTERS_OF_INTENT])
def test_a_letter_of_intent_phrase_states_a_letter_of_intent(row: str, text: str, typ: str) -> None:
    assert _types(text) == [typ], row


# exclude rows: the phrase takes its first word out of the triggers ("powołać się na": to cite, no founding)
EXCLUDES = [
    ("powołać się|exclude", "Spółka Alfatech z Lublina powołała się na umowę z Gminą Borowo.", "founding"),
    ("powoływać się|exclude", "Spółka Alfatech z Lublina powołuje się na umowę z Gminą Borowo.", "founding"),
]


@pytest.mark.parametrize(("row", "text", "typ"), EXCLUDES, ids=[c[0] for c in EXCLUDES])
def test_a_kept_exclude_row_takes_out_its_word(row: str, text: str, typ: str) -> None:
    assert typ not in _types(text), row


# rows deleted as duplicates: the imperfective partner made by event_aspect_rules.tsv, or the gerund reading of the
# verb row (lemma "podpisać", pos ger), states the same event
DUPLICATES = [
    ("podpisywać", "Spółka Alfatech z Lublina i Gmina Borowo podpisywały wczoraj dokumenty.", "agreement"),
    ("odwiedzać", "Delegacja Spółki Alfatech z Lublina odwiedzała Gminę Borowo.", "visit"),
    ("zacieśniać", "Spółka Alfatech z Lublina zacieśnia współpracę z Gminą Borowo.", "cooperation"),
    ("odbywać", "W Lublinie odbywa się konferencja Spółki Alfatech i Gminy Borowo.", "conference"),
    ("organizować", "Spółka Alfatech z Lublina organizuje z Gminą Borowo konferencję.", "conference"),
    ("inwestować", "Spółka Alfatech z Lublina inwestuje w Gminie Borowo.", "investment"),
    ("rozbudowywać", "Spółka Alfatech z Lublina rozbudowuje zakład w Gminie Borowo.", "investment"),
    ("modernizować", "Spółka Alfatech z Lublina modernizuje zakład w Gminie Borowo.", "investment"),
    ("powstawać", "W Gminie Borowo powstaje fabryka Spółki Alfatech z Lublina.", "investment"),
    (
        "podpisanie",
        "Podpisanie umowy przez Spółkę Alfatech z Lublina i Gminę Borowo odbyło się w maju.",
        "agreement",
    ),
    (
        "zawarcie",
        "Zawarcie umowy przez Spółkę Alfatech z Lublina i Gminę Borowo nastąpiło w maju.",
        "agreement",
    ),
    (
        "nawiązanie",
        "Nawiązanie współpracy przez Spółkę Alfatech z Lublina i Gminę Borowo nastąpiło w maju.",
        "cooperation",
    ),
    (
        "przyznanie",
        "Przyznanie nagrody Spółce Alfatech z Lublina przez Izbę Handlową Delta nastąpiło w maju.",
        "award",
    ),
    (
        "przystąpienie",
        "Przystąpienie Spółki Alfatech z Lublina do Klastra Gamma nastąpiło w maju.",
        "membership",
    ),
    ("dołączenie", "Dołączenie Spółki Alfatech z Lublina do Klastra Gamma nastąpiło w maju.", "membership"),
]


@pytest.mark.parametrize(("word", "text", "typ"), DUPLICATES, ids=[c[0] for c in DUPLICATES])
def test_a_deleted_duplicate_still_states_its_event(word: str, text: str, typ: str) -> None:
    assert typ in _types(text), word


# rows deleted as misfires: their frequent sense is no event of the type
MISFIRES = [
    ("postawić", "Spółka Alfatech z Lublina postawiła na rozwój eksportu do Gminy Borowo.", "investment"),
    ("szczyt", "W szczycie sezonu Spółka Alfatech z Lublina obsługuje Gminę Borowo.", "conference"),
    ("obradować", "Rada Gminy Borowo obradowała nad budżetem ze Spółką Alfatech z Lublina.", "conference"),
]


@pytest.mark.parametrize(("word", "text", "typ"), MISFIRES, ids=[c[0] for c in MISFIRES])
def test_a_deleted_misfire_states_no_event(word: str, text: str, typ: str) -> None:
    assert typ not in _types(text), word


# org_heads.tsv: (lemma, sentence, the start of the organisation's name)
HEADS = [
    ("platforma", "Platforma Przemysłu Przyszłości współpracuje z Gminą Borowo od 2020 roku.", "Platforma"),
    ("starostwo", "Starostwo Powiatowe w Borowie współpracuje z Gminą Borowo od 2020 roku.", "Starostwo"),
    ("magistrat", "Magistrat Miasta Borowo współpracuje z Gminą Borowo od 2020 roku.", "Magistrat"),
    ("referat", "Referat Promocji Gminy Borowo współpracuje z Gminą Borowo od 2020 roku.", "Referat"),
    ("aglomeracja", "Aglomeracja Borowska współpracuje z Gminą Borowo od 2020 roku.", "Aglomeracja"),
    ("związek", "Związek Gmin Doliny Wisły współpracuje z Gminą Borowo od 2020 roku.", "Związek"),
    ("kancelaria", "Kancelaria Prawna Lex Borowo współpracuje z Gminą Borowo od 2020 roku.", "Kancelaria"),
    ("rząd", "Rząd Republiki Litewskiej współpracuje z Gminą Borowo od 2020 roku.", "Rząd"),
    ("senat", "Senat Uniwersytetu Borowskiego współpracuje z Gminą Borowo od 2020 roku.", "Senat"),
    ("szkoła", "Szkoła Główna Handlowa współpracuje z Gminą Borowo od 2020 roku.", "Szkoła"),
    ("collegium", "Collegium Civitas współpracuje z Gminą Borowo od 2020 roku.", "Collegium"),
    ("technopark", "Technopark Borowo współpracuje z Gminą Borowo od 2020 roku.", "Technopark"),
    (
        "inkubator",
        "Inkubator Przedsiębiorczości Borowo współpracuje z Gminą Borowo od 2020 roku.",
        "Inkubator",
    ),
    (
        "federacja",
        "Federacja Przedsiębiorców Borowskich współpracuje z Gminą Borowo od 2020 roku.",
        "Federacja",
    ),
    (
        "konfederacja",
        "Konfederacja Pracodawców Borowskich współpracuje z Gminą Borowo od 2020 roku.",
        "Konfederacja",
    ),
    (
        "organizacja",
        "Organizacja Pracodawców Ziemi Borowskiej współpracuje z Gminą Borowo od 2020 roku.",
        "Organizacja",
    ),
    ("spółka", "Spółka Wodna Borowo współpracuje z Gminą Borowo od 2020 roku.", "Spółka"),
    (
        "przedsiębiorstwo",
        "Przedsiębiorstwo Wodociągów Borowo współpracuje z Gminą Borowo od 2020 roku.",
        "Przedsiębiorstwo",
    ),
    ("kopalnia", "Kopalnia Soli Borowo współpracuje z Gminą Borowo od 2020 roku.", "Kopalnia"),
    ("holding", "Holding Alfatech współpracuje z Gminą Borowo od 2020 roku.", "Holding"),
    ("koncern", "Koncern Naftowy Borowo współpracuje z Gminą Borowo od 2020 roku.", "Koncern"),
    (
        "spółdzielnia",
        "Spółdzielnia Mleczarska Borowo współpracuje z Gminą Borowo od 2020 roku.",
        "Spółdzielnia",
    ),
    ("port", "Port Morski Borowo współpracuje z Gminą Borowo od 2020 roku.", "Port"),
    ("lotnisko", "Lotnisko Borowo współpracuje z Gminą Borowo od 2020 roku.", "Lotnisko"),
    ("komisja", "Komisja Nadzoru Finansowego współpracuje z Gminą Borowo od 2020 roku.", "Komisja"),
    ("dyrekcja", "Dyrekcja Generalna Handlu współpracuje z Gminą Borowo od 2020 roku.", "Dyrekcja"),
    (
        "komisariat",
        "Komisariat Generalny Handlu Zagranicznego współpracuje z Gminą Borowo od 2020 roku.",
        "Komisariat",
    ),
    ("firma", "Firma Handlowa Borowo współpracuje z Gminą Borowo od 2020 roku.", "Firma"),
    ("korporacja", "Korporacja Przemysłowa Borowo współpracuje z Gminą Borowo od 2020 roku.", "Korporacja"),
    (
        "ośrodek",
        "Ośrodek Doradztwa Rolniczego w Borowie współpracuje z Gminą Borowo od 2020 roku.",
        "Ośrodek",
    ),
    (
        "katedra",
        "Katedra Chemii Uniwersytetu Borowskiego współpracuje z Gminą Borowo od 2020 roku.",
        "Katedra",
    ),
    ("liceum", "Liceum Ogólnokształcące w Borowie współpracuje z Gminą Borowo od 2020 roku.", "Liceum"),
    ("technikum", "Technikum Mechaniczne w Borowie współpracuje z Gminą Borowo od 2020 roku.", "Technikum"),
    ("stocznia", "Stocznia Borowo współpracuje z Gminą Borowo od 2020 roku.", "Stocznia"),
    ("plan", "Plan Odbudowy Borowa współpracuje z Gminą Borowo od 2020 roku.", "Plan"),
    ("zrzeszenie", "Zrzeszenie Handlu i Usług współpracuje z Gminą Borowo od 2020 roku.", "Zrzeszenie"),
    ("terminal", "Terminal Kontenerowy Borowo współpracuje z Gminą Borowo od 2020 roku.", "Terminal"),
    ("akcelerator", "Akcelerator Biznesu Borowo współpracuje z Gminą Borowo od 2020 roku.", "Akcelerator"),
    ("pracodawca", "Pracodawcy Ziemi Borowskiej współpracują z Gminą Borowo od 2020 roku.", "Pracodaw"),
    (
        "oddział",
        "Oddział Lublin Alfatech Dystrybucja S.A. podpisał umowę z Gminą Borowo.",
        "Alfatech Dystrybucja",
    ),
]


@pytest.mark.parametrize(("head", "text", "start"), HEADS, ids=[c[0] for c in HEADS])
def test_a_kept_head_builds_an_organisation(head: str, text: str, start: str) -> None:
    assert any(name.startswith(start) for name in _orgs(text)), head


# org_head_rules.tsv: (head|word, name, subtype); the name in "NAME współpracuje z Gminą Borowo od 2020 roku." (first
# rule wins: "Park Naukowy … Narodowego" is a park, not the "park narodowy" of a later rule)
HEAD_RULES = [
    ("urząd|województwo", "Urząd Województwa Borowskiego", "regional_government"),
    ("urząd|gmina", "Urząd Gminy Borowo", "municipality"),
    ("urząd|patentowy", "Urząd Patentowy Republiki Borowskiej", "national_government"),
    ("urząd|skarbowy", "Urząd Skarbowy w Borowie", "national_government"),
    ("centrum|technologiczny", "Centrum Technologiczne Usług Logistycznych", "research_education"),
    ("centrum|badawczy", "Centrum Badawcze Systemów Logistycznych", "research_education"),
    ("centrum|naukowy", "Centrum Naukowe Transportu Logistycznego", "research_education"),
    ("centrum|logistyczny", "Centrum Logistyczne Borowo", "company"),
    ("centrum|biznesowy", "Centrum Biznesowe Borowo", "business_association"),
    ("park|naukowy", "Park Naukowy Instytutu Narodowego", "technology_park"),
    ("park|przemysłowy", "Park Przemysłowy Funduszu Narodowego", "technology_park"),
    (
        "park|przemysłowo-technologiczny",
        "Park Przemysłowo-Technologiczny Banku Narodowego",
        "technology_park",
    ),
    ("park|narodowy", "Park Narodowy Borowo", "other"),
    ("fundusz|wyszehradzki", "Międzynarodowy Fundusz Wyszehradzki", "international_org"),
    ("organizacja|handel", "Światowa Organizacja Handlu", "international_org"),
    ("rada|miasto", "Rada Miasta Borowo", "municipality"),
    ("rada|gmina", "Rada Gminy Borowo", "municipality"),
    ("rada|powiat", "Rada Powiatu Borowskiego", "municipality"),
    ("związek|gmina", "Związek Gmin Borowskich", "municipality"),
    ("związek|powiat", "Związek Powiatów Borowskich", "municipality"),
    ("związek|metropolitalny", "Związek Metropolitalny w Borowie", "regional_government"),
    ("samorząd|województwo", "Samorząd Województwa Borowskiego", "regional_government"),
    ("ośrodek|badawczy", "Ośrodek Badawczy Borowo", "research_education"),
    ("ośrodek|badawczo-rozwojowy", "Ośrodek Badawczo-Rozwojowy Borowo", "research_education"),
    ("ośrodek|naukowy", "Ośrodek Naukowy Borowo", "research_education"),
    ("urząd|dla", "Urząd Komunikacji Elektronicznej dla Regionu Borowo", "agency"),
]


@pytest.mark.parametrize(("rule", "name", "subtype"), HEAD_RULES, ids=[c[0] for c in HEAD_RULES])
def test_a_kept_head_rule_gives_its_subtype(rule: str, name: str, subtype: str) -> None:
    orgs = _orgs(f"{name} współpracuje z Gminą Borowo od 2020 roku.")
    assert [s for n, s in orgs.items() if n.startswith(name.split()[0])] == [subtype], rule


# org_descriptors.tsv: the lower-case noun before a name says it is an organisation ("koncern Alfatech")
DESCRIPTORS = [
    "koncern",
    "producent",
    "przedsiębiorstwo",
    "zakład",
    "fabryka",
    "holding",
    "operator",
    "dostawca",
    "dystrybutor",
    "sieć",
    "start-up",
    "bank",
    "przewoźnik",
    "deweloper",
    "inwestor",
    "agencja",
    "uczelnia",
    "uniwersytet",
    "instytut",
    "stowarzyszenie",
    "izba",
    "organizacja",
    "fundacja",
    "ośrodek",
    "portal",
    "dziennik",
    "gazeta",
]


@pytest.mark.parametrize("word", DESCRIPTORS)
def test_a_kept_descriptor_makes_the_next_name_an_organisation(word: str) -> None:
    assert any(
        n.startswith("Alfatech") for n in _orgs(f"Umowę z Gminą Borowo podpisał {word} Alfatech z Lublina.")
    ), word


# legal_forms.tsv: (tokens, as written, what the organisation's name ends with once normalised)
LEGAL_FORMS = [
    ("S . A", "S.A, spółka z Lublina", "S.A"),
    ("Sp . z o . o", "Sp. z o.o, spółka z Lublina", "z o.o"),
    ("sp . z o . o", "sp. z o.o, spółka z Lublina", "z o.o"),
    ("spółka z o . o .", "spółka z o.o.", "z o.o"),
    ("spółki z o . o .", "spółki z o.o.", "z o.o"),
    ("spółką z o . o .", "spółką z o.o.", "z o.o"),
    ("Spółka z o . o .", "Spółka z o.o.", "z o.o"),
    ("sp . j .", "sp.j.", "sp.j"),
    ("sp . k .", "sp.k.", "sp.k"),
    ("Sp . k .", "Sp.k.", "Sp.k"),
    ("Sp . j .", "Sp.j.", "Sp.j"),
    ("GmbH", "GmbH", "GmbH"),
    ("Ltd", "Ltd", "Ltd"),
    ("Ltd .", "Ltd.", "Ltd"),
    ("Inc", "Inc", "Inc"),
    ("Inc .", "Inc.", "Inc"),
    ("AG", "AG", "AG"),
    ("SE", "SE", "SE"),
    ("LLC", "LLC", "LLC"),
    ("Corp .", "Corp.", "Corp"),
    ("Corporation", "Corporation", "Corporation"),
    ("Co . , Ltd .", "Co., Ltd.", "Co., Ltd"),
    ("Co . Ltd .", "Co. Ltd.", "Co. Ltd"),
    ("s . r . o .", "s.r.o.", "s.r.o"),
    ("a . s .", "a.s.", "a.s"),
    ("SAS", "SAS", "SAS"),
    ("S . r . l .", "S.r.l.", "S.r.l"),
    ("BV", "BV", "BV"),
    ("B . V .", "B.V.", "B.V"),
    ("NV", "NV", "NV"),
    ("N . V .", "N.V.", "N.V"),
    ("Oy", "Oy", "Oy"),
    ("AB", "AB", "AB"),
    ("ASA", "ASA", "ASA"),
    ("Kft .", "Kft.", "Kft"),
    ("PLC", "PLC", "PLC"),
    ("plc", "plc", "plc"),
]


@pytest.mark.parametrize(("row", "written", "end"), LEGAL_FORMS, ids=[c[0] for c in LEGAL_FORMS])
def test_a_kept_legal_form_ends_a_company_name(row: str, written: str, end: str) -> None:
    orgs = _orgs(f"Nowy zakład w Borowie otworzy Alfatech {written}.")
    assert any(n.startswith("Alfatech") and n.rstrip(".").endswith(end) for n in orgs), row


LEGAL_FORMS_CUT = [
    ("S . K . A .", "S.K.A.", "S.K.A"),
    ("S . p . A .", "S.p.A.", "S.p.A"),
]


@pytest.mark.parametrize(("row", "written", "end"), LEGAL_FORMS_CUT, ids=[c[0] for c in LEGAL_FORMS_CUT])
def test_a_dotted_three_letter_form_ends_a_company_name(row: str, written: str, end: str) -> None:
    orgs = _orgs(f"Nowy zakład w Borowie otworzy Alfatech {written}.")
    assert any(n.startswith("Alfatech") and n.rstrip(".").endswith(end) for n in orgs), row


# figure_metrics.tsv: (lemma|metric|window, sentence, the metric of the figure, None: the number is no figure)
FIGURES = [
    ("składka|none|-8", "Roczna składka do budżetu Klastra Gamma wynosi 500 zł.", None),
    ("członek jury|none|+3", "Izba Handlowa Delta powołała 12 członków jury.", None),
    ("członek komisja|none|+3", "Wnioski Spółki Alfatech oceniało 7 członków komisji.", None),
    ("członek kapituła|none|+3", "Nagrodę Izby Handlowej Delta przyznało 9 członków kapituły.", None),
    ("członek zarząd|none|+3", "Spółka Alfatech ma 5 członków zarządu.", None),
    ("członek rada|none|+3", "Klaster Gamma wybrał 8 członków rady.", None),
    ("członek komitet|none|+3", "Konferencję Klastra Gamma przygotowało 11 członków komitetu.", None),
    ("członek delegacja|none|+3", "Gminę Borowo odwiedziło 14 członków delegacji z Wilna.", None),
    ("umowa|none|+1", "Partnerzy Klastra Gamma zawarli 12 umów.", None),
    ("porozumienie|none|+1", "Partnerzy Klastra Gamma zawarli 6 porozumień.", None),
    ("zezwolenie|none|-3", "Strefa Borowo wydała w tym roku zezwolenia dla 9 firm.", None),
    ("kraj|none|+1", "Klaster Gamma ma partnerów z 40 krajów.", None),
    ("państwo|none|+1", "Klaster Gamma ma partnerów z 25 państw.", None),
    ("rynek|none|+1", "Klaster Gamma ma partnerów na 30 rynkach.", None),
    # jobs kept are jobs (extraction.md); the verb of keeping makes a count of workers jobs
    ("utrzymać|jobs|-4", "Spółka Alfatech utrzyma w Borowie 300 pracowników.", "jobs"),
    ("zachować|jobs|-4", "Spółka Alfatech zachowa w Borowie 200 pracowników.", "jobs"),
    ("dawać zatrudnienie|employees|-4", "Fabryka Spółki Alfatech daje zatrudnienie 800 osobom.", "employees"),
    ("etat|jobs|+2", "Spółka Alfatech stworzy w Borowie 120 nowych etatów.", "jobs"),
    ("zatrudnienie|jobs|+3", "Spółka Alfatech zapowiada 150 osób nowego zatrudnienia w Borowie.", "jobs"),
    ("stanowisko|jobs|+2", "Spółka Alfatech utworzy w Borowie 90 stanowisk pracy.", "jobs"),
    (
        "zatrudnienie|jobs|-5",
        "W Borowie Spółka Alfatech buduje halę. Zatrudnienie w nowej hali znajdzie 70 osób.",
        "jobs",
    ),
    ("pracownik|employees|+2", "Spółka Alfatech ma w Borowie 400 pracowników.", "employees"),
    ("skupiać|members|-4", "Klaster Gamma skupia 45 podmiotów z regionu.", "members"),
    ("przedsiębiorca|companies|+2", "W Strefie Borowo działa 35 przedsiębiorców.", "companies"),
    ("spółka|companies|+2", "W Strefie Borowo działa 18 spółek.", "companies"),
    ("partner|partners|+2", "Projekt Klastra Gamma ma 11 partnerów.", "partners"),
    ("partner|partners|-4", "Partnerów ma Klaster Gamma 11.", "partners"),
    ("pozyskać|budget|-10", "Klaster Gamma pozyskał na rozwój 2 mln zł.", "budget"),
    ("dotacja|budget|-6", "Klaster Gamma dostał dotację w wysokości 3 mln zł.", "budget"),
    ("grant|budget|-6", "Instytut Chemii Alfa otrzymał grant w wysokości 4 mln zł.", "budget"),
    ("inwestycja|investment|+1", "Spółka Alfatech zapowiada 50 mln zł inwestycji w Borowie.", "investment"),
    ("opiewać|investment|-3", "Umowa Spółki Alfatech opiewa na 70 mln zł.", "investment"),
    ("kosztować|investment|-4", "Nowa hala Spółki Alfatech kosztowała 35 mln zł.", "investment"),
    ("koszt|investment|-2", "Spółka Alfatech zbuduje halę kosztem 25 mln zł.", "investment"),
    ("wydać|investment|-5", "Spółka Alfatech wyda na nową linię 45 mln zł.", "investment"),
    ("budżet|budget|-6", "Projekt Klastra Gamma ma budżet w wysokości 6 mln zł.", "budget"),
    ("dofinansowanie|budget|-6", "Klaster Gamma otrzymał dofinansowanie w wysokości 5 mln zł.", "budget"),
    ("kwota|budget|-2", "Gmina Borowo dała Klastrowi Gamma kwotę 7 mln zł.", "budget"),
    ("środek|budget|+4", "Gmina Borowo ma 9 mln zł środków na projekt Klastra Gamma.", "budget"),
    (
        "przychód|revenue|-6",
        "Spółka Alfatech miała w ubiegłym roku przychody w wysokości 300 mln zł.",
        "revenue",
    ),
    ("obrót|revenue|-6", "Spółka Alfatech osiągnęła obroty w wysokości 200 mln zł.", "revenue"),
    ("sprzedaż|revenue|-6", "Spółka Alfatech zwiększyła sprzedaż do 150 mln zł.", "revenue"),
    ("eksport|exports|-6", "Spółka Alfatech zwiększyła eksport do 90 mln zł.", "exports"),
]


@pytest.mark.parametrize(("row", "text", "metric"), FIGURES, ids=[c[0] for c in FIGURES])
def test_a_kept_metric_row_decides_the_figure(row: str, text: str, metric: str | None) -> None:
    metrics = [f["metric"] for f in _record(text)["figures"]]
    assert (metrics == []) if metric is None else (metric in metrics), row


# sector_terms.tsv: (terms|sector, the term as written)
SECTOR_FRAME = "Spółka Alfatech z Lublina podpisała z Gminą Borowo umowę o współpracy w dziedzinie: {}."
SECTORS = [
    # s8: a product noun names the field after a noun of making (sector_product_heads.tsv), not alone
    ("@sector_product_heads samochód|automotive", "produkcja samochodów osobowych"),
    ("@sector_product_heads pojazd|automotive", "produkcja pojazdów specjalnych"),
    ("@sector_product_heads autobus|automotive", "serwis autobusów miejskich"),
    ("elektromobilny|electromobility", "rozwiązania elektromobilne"),
    ("pojazd elektryczny|electromobility", "pojazdy elektryczne"),
    ("e-mobilność|electromobility", "e-mobilność"),
    ("bateria|batteries", "baterie"),
    ("akumulator|batteries", "akumulatory"),
    ("ogniwo|batteries", "ogniwa"),
    ("magazyn energia|batteries", "magazyny energii"),
    ("magazynowanie energia|batteries", "magazynowanie energii"),
    ("litowo-jonowy|batteries", "technologie litowo-jonowe"),
    ("kosmiczny|aerospace", "technologie kosmiczne"),
    ("aerospace|aerospace", "aerospace"),
    ("metalurgia|metal", "metalurgia"),
    ("hutnictwo|metal", "hutnictwo"),
    ("hutniczy|metal", "technologie hutnicze"),
    ("elektronika|electronics", "elektronika"),
    ("elektrotechnika|electronics", "elektrotechnika"),
    ("elektrotechniczny|electronics", "urządzenia elektrotechniczne"),
    ("wiązka elektryczny|electronics", "wiązki elektryczne"),
    ("półprzewodnik|electronics", "półprzewodniki"),
    ("półprzewodnikowy|electronics", "układy półprzewodnikowe"),
    ("kompozyt|plastics_composites", "kompozyty"),
    ("kompozytowy|plastics_composites", "materiały kompozytowe"),
    ("transportowy|logistics", "usługi transportowe"),
    ("spedycja|logistics", "spedycja"),
    ("cargo|logistics", "cargo"),
    ("informatyka|ict", "informatyka"),
    ("oprogramowanie|ict", "oprogramowanie"),
    ("technologia informacyjny|ict", "technologie informacyjne"),
    ("informacja i komunikacja|ict", "informacja i komunikacja"),
    ("teleinformatyczny|ict", "systemy teleinformatyczne"),
    ("cyfryzacja|ict", "cyfryzacja"),
    ("cyberbezpieczeństwo|ict", "cyberbezpieczeństwo"),
    ("sztuczny inteligencja|ai", "sztuczna inteligencja"),
    ("AI|ai", "AI"),
    ("robot|robotics", "roboty"),
    ("automatyka|robotics", "automatyka"),
    ("automatyzacja|robotics", "automatyzacja"),
    ("przemysł 4.0|smart_manufacturing", "przemysł 4.0"),
    ("inteligentny produkcja|smart_manufacturing", "inteligentna produkcja"),
    ("przemysł 5.0|smart_manufacturing", "przemysł 5.0"),
    ("fintech|fintech", "fintech"),
    ("bankowość|fintech", "bankowość"),
    ("opieka zdrowotny|health", "opieka zdrowotna"),
    ("biotechnologia|biotech_pharma", "biotechnologia"),
    ("farmacja|biotech_pharma", "farmacja"),
    ("biotechnologiczny|biotech_pharma", "leki biotechnologiczne"),
    ("OZE|renewable_energy", "OZE"),
    ("fotowoltaika|renewable_energy", "fotowoltaika"),
    ("fotowoltaiczny|renewable_energy", "panele fotowoltaiczne"),
    ("energetyka odnawialny|renewable_energy", "energetyka odnawialna"),
    ("energia odnawialny|renewable_energy", "energia odnawialna"),
    ("wiatrowy|renewable_energy", "farmy wiatrowe"),
    ("biogazownia|renewable_energy", "biogazownie"),
    ("biomasa|renewable_energy", "biomasa"),
    ("energooszczędność|energy_efficiency", "energooszczędność"),
    ("energooszczędny|energy_efficiency", "oświetlenie energooszczędne"),
    ("rolniczy|food_agri", "uprawy rolnicze"),
    ("MICE|tourism", "MICE"),
    ("wzornictwo|creative_design", "wzornictwo"),
    ("przemysł kreatywny|creative_design", "przemysły kreatywne"),
    ("meblarski|wood_furniture", "przemysł meblarski"),
    ("drzewny|wood_furniture", "przemysł drzewny"),
    ("tekstylny|textiles", "wyroby tekstylne"),
    ("odzieżowy|textiles", "branża odzieżowa"),
    ("włókienniczy|textiles", "przemysł włókienniczy"),
    ("górnictwo|mining", "górnictwo"),
    ("górniczy|mining", "maszyny górnicze"),
    ("gospodarka obieg zamknięty|environment", "gospodarka obiegu zamkniętego"),
    ("jakość powietrze|environment", "jakość powietrza"),
    ("recykling|environment", "recykling"),
    ("obronność|defence", "obronność"),
    ("zbrojeniowy|defence", "przemysł zbrojeniowy"),
    ("obronny|defence", "przemysł obronny"),
    ("stoczniowy|maritime", "przemysł stoczniowy"),
    ("outsourcing|business_services", "outsourcing"),
    ("BPO|business_services", "BPO"),
    ("SSC|business_services", "SSC"),
    ("usługa dla biznes|business_services", "usługi dla biznesu"),
    ("centrum usługa wspólny|business_services", "centra usług wspólnych"),
]


@pytest.mark.parametrize(("row", "written"), SECTORS, ids=[c[0] for c in SECTORS])
def test_a_kept_sector_term_gives_its_sector(row: str, written: str) -> None:
    assert row.split("|")[1] in _record(SECTOR_FRAME.format(written))["sectors"], row


SECTOR_MISFIRES = [
    (
        "kreatywny|creative_design",
        "Zespół Spółki Alfatech z Lublina zaproponował Gminie Borowo kreatywne podejście.",
    ),
    (
        "separator|batteries",
        "Spółka Alfatech z Lublina dostarczy Gminie Borowo separatory oleju do oczyszczalni.",
    ),
]


@pytest.mark.parametrize(("row", "text"), SECTOR_MISFIRES, ids=[c[0] for c in SECTOR_MISFIRES])
def test_a_deleted_sector_misfire_gives_no_sector(row: str, text: str) -> None:
    assert row.split("|")[1] not in _record(text)["sectors"], row


# patterns/*.tsv: (file, name, pattern, sentence, token, "end": it matches right before the token, "start": from it)
PATTERNS = [
    (
        "event_context",
        "premises",
        "[lower=w|we|na|do] [lemma=siedziba|teren|budynek|gmach|biuro]",
        "Spotkanie odbyło się w siedzibie Spółki Alfatech.",
        "Spółki",
        "end",
    ),
    (
        "event_context",
        "represented",
        "[prefix=reprezentowan] []? []?",
        "Gminę Borowo reprezentowaną przez Burmistrza Jana Lisa.",
        "Burmistrza",
        "end",
    ),
    (
        "event_context",
        "organizer_before",
        "[lower=przy] []? []? []? []? []?",
        "Forum odbyło się przy wsparciu Izby Handlowej Delta.",
        "Izby",
        "end",
    ),
    (
        "event_context",
        "organizer_after",
        "[]? []? [prefix=zorganizował|organizuje|zorganizuje|przygotował]",
        "Izba Handlowa Delta zorganizowała forum eksporterów.",
        "zorganizowała",
        "start",
    ),
    (
        "event_context",
        "organizer_after",
        "[]? []? [prefix=współorganizował|współorganizuje]",
        "Izba Handlowa Delta współorganizowała forum eksporterów.",
        "współorganizowała",
        "start",
    ),
    (
        "event_context",
        "organizer_after",
        "[]? [lemma=być] [prefix=organizator|współorganizator|gospodarz]",
        "Izba Handlowa Delta była organizatorem forum.",
        "była",
        "start",
    ),
    (
        "event_context",
        "organizer_verb_before",
        "[pos=fin|praet lemma=zorganizować|współorganizować|organizować|przeprowadzić] []? []?",
        "Forum zorganizowała Izba Handlowa Delta.",
        "Izba",
        "end",
    ),
    (
        "event_context",
        "group_after",
        "[lemma=członek|partner|udziałowiec] [cap=false word=true]? [cap=false word=true]?",
        "Spółka Alfatech jest członkiem stowarzyszenia Klaster Gamma.",
        "Klaster",
        "end",
    ),
    (
        "event_context",
        "ongoing",
        "[lower=od] [prefix=19|20] [lemma=rok|r]?",
        "Spółka Alfatech współpracuje z Gminą Borowo od 2015 roku.",
        "od",
        "start",
    ),
    (
        "event_context",
        "frame",
        "[lower=w] [lower=trakcie|ramach|czasie|czas]",
        "W trakcie wizyty Spółka Alfatech podpisała umowę.",
        "wizyty",
        "end",
    ),
    (
        "event_context",
        "frame",
        "[lower=przy] [lower=okazji]",
        "Przy okazji wizyty Spółka Alfatech podpisała umowę.",
        "wizyty",
        "end",
    ),
    (
        "name_context",
        "title_before",
        "[lemma=@titles] [cap=true]? [text=,]",
        "Wiceprezes Alfatechu, Olaf Brenn, podpisał umowę.",
        "Olaf",
        "end",
    ),
    (
        "name_context",
        "title_after",
        "[text=,] [lemma=@titles]",
        "Olaf Brenn, prezes Spółki Alfatech, podpisał umowę.",
        ",",
        "start",
    ),
    (
        "name_context",
        "name_intro",
        '[lower=pn] [text=.]? [text=:]? [text="|„|“]?',
        "Powstało stowarzyszenie pn. „Zielony Las” w Borowie.",
        "Zielony",
        "end",
    ),
]


@pytest.mark.parametrize(
    ("table", "name", "pattern", "text", "word", "side"), PATTERNS, ids=[f"{c[1]}:{c[4]}" for c in PATTERNS]
)
def test_a_kept_pattern_row_matches_its_context(
    table: str, name: str, pattern: str, text: str, word: str, side: str
) -> None:
    data = language_data("pl")
    assert {"name": name, "pattern": pattern} in [dict(r) for r in data.rows(f"patterns/{table}")]
    doc = Doc(text=text)
    analyse_text(doc)
    i = next(k for k, t in enumerate(doc.tokens) if t.text == word)
    m = Matcher({name: [parse_pattern(pattern, data)]})
    assert m.ends_at(doc, name, i) if side == "end" else m.starts_at(doc, name, i)


# rows deleted as duplicates of another row, with the record unchanged: a head rule that gives the head's own subtype
# with no later rule of that head to pre-empt; a metric row that another row or the unit always decides first ("ha",
# "hektar": the unit ha sets the area; "utrzymanie": the gerund reading of "utrzymać"; "warty": the lemma is "wart");
# a sector phrase whose single word gives the same sector ("finansowy", "spożywczy", "turystyka")
HEAD_RULE_DUPLICATES = [
    ("strefa|inwestycja", "Strefa Inwestycji Borowo", "economic_zone"),
    ("komisja|europejski", "Komisja Europejska", "international_org"),
    ("platforma|współpraca", "Platforma Współpracy Borowo", "cluster"),
    ("ośrodek|analityczny", "Ośrodek Analityczny Borowo", "other"),
]


@pytest.mark.parametrize(
    ("rule", "name", "subtype"), HEAD_RULE_DUPLICATES, ids=[c[0] for c in HEAD_RULE_DUPLICATES]
)
def test_a_deleted_duplicate_head_rule_leaves_the_subtype(rule: str, name: str, subtype: str) -> None:
    test_a_kept_head_rule_gives_its_subtype(rule, name, subtype)


FIGURE_DUPLICATES = [
    ("utrzymanie|none|-4", "Inwestycja oznacza utrzymanie 250 miejsc pracy w Spółce Alfatech.", None),
    ("ha|area_ha|+0", "Spółka Alfatech kupiła w Strefie Borowo działkę o powierzchni 12 ha.", "area_ha"),
    ("hektar|area_ha|+1", "Spółka Alfatech kupiła w Strefie Borowo 8 hektarów gruntu.", "area_ha"),
    ("warty|investment|-3", "Spółka Alfatech buduje w Borowie zakład warty 60 mln zł.", "investment"),
]


@pytest.mark.parametrize(("row", "text", "metric"), FIGURE_DUPLICATES, ids=[c[0] for c in FIGURE_DUPLICATES])
def test_a_deleted_duplicate_metric_row_leaves_the_figure(row: str, text: str, metric: str | None) -> None:
    test_a_kept_metric_row_decides_the_figure(row, text, metric)


SECTOR_DUPLICATES = [
    ("technologia finansowy|fintech", "technologie finansowe"),
    ("przetwórstwo spożywczy|food_agri", "przetwórstwo spożywcze"),
    ("turystyka biznesowy|tourism", "turystyka biznesowa"),
]


@pytest.mark.parametrize(("row", "written"), SECTOR_DUPLICATES, ids=[c[0] for c in SECTOR_DUPLICATES])
def test_a_deleted_duplicate_sector_phrase_leaves_the_sector(row: str, written: str) -> None:
    test_a_kept_sector_term_gives_its_sector(row, written)


def _report():  # type: ignore[no-untyped-def]
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "rule_report", Path(__file__).parents[2] / "tools" / "rule_report.py"
    )
    assert spec is not None and spec.loader is not None
    report = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(report)
    return report


def test_the_rule_report_counts_triggers_patterns_excludes_and_none_metrics(tmp_path: Path) -> None:
    report = _report()
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Spółka Alfatech z Lublina współpracuje z Gminą Lisów od 2015 roku. Spółka Alfatech z Lublina i Gmina Borowo "
        "podpisały umowę o współpracy. Partnerzy Klastra Gamma zawarli 12 umów. "
        "Spółka Alfatech z Lublina powołała się na dane Gminy Borowo.",
        encoding="utf-8",
    )
    saved = (figures._metric, matcher.Matcher.ends_at, matcher.Matcher.starts_at)
    fired, n = report.collect([folder])
    assert n == 1
    assert fired["event_triggers"]["podpisać\tverb\tagreement"] == {"mine/a"}
    assert fired["event_triggers"]["powołać się\texclude\tfounding"] == {"mine/a"}
    assert fired["figure_metrics"]["umowa\tnone\tcount\t+1"] == {"mine/a"}
    ongoing = next(r for r in report._rows()["patterns/event_context"] if "[prefix=19|20]" in r)
    assert fired["patterns/event_context"][ongoing] == {"mine/a"}
    assert (figures._metric, matcher.Matcher.ends_at, matcher.Matcher.starts_at) == saved  # put back


# the tables counted by their look-ups (s12): event cues, modality, the role nouns of participants
LOOKED_UP = (
    "Spółka Alfatech z Lublina planuje budowę zakładu w Gminie Borowo. "
    "W Lublinie odbyło się forum eksporterów. Jego organizatorem była Izba Handlowa Delta."
)


def test_the_rule_report_counts_cue_modality_and_role_rows_by_their_look_ups(tmp_path: Path) -> None:
    from kooperacja.data.language_data import LanguageData
    from kooperacja.extract import participants, roles
    from kooperacja.extract.doc import Doc as Doc_

    report = _report()
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "a.txt").write_text(LOOKED_UP, encoding="utf-8")
    saved = (LanguageData.words, LanguageData.mapping, Doc_.set_lemma_sets, roles._title_org_nouns)
    role_nouns = participants.EventParticipants._role_nouns
    fired, n, read = report.collect_all([folder])
    assert n == 1
    assert fired["event_modality"]["planować\tplan"] == {"mine/a"}  # the plan verb of the first sentence
    assert fired["participant_role_nouns"]["organizator\tconference\torganizer"] == {"mine/a"}
    assert fired["event_cues"]["organizator\torganizer_noun"] == {"mine/a"}
    # a row looked up but not found is read and fires on no document; "zamierzać" is no word of the text
    assert "zamierzać\tplan" in read["event_modality"] and "zamierzać\tplan" not in fired["event_modality"]
    assert "event_modality" not in report.RESULT_TABLES and "event_triggers" not in read  # counted by results
    assert (LanguageData.words, LanguageData.mapping, Doc_.set_lemma_sets, roles._title_org_nouns) == saved
    assert participants.EventParticipants._role_nouns == role_nouns  # put back


def test_the_rule_report_probes_change_no_record() -> None:
    from collections import defaultdict

    report = _report()
    before = _record(LOOKED_UP)
    looks = report._Looks(defaultdict(lambda: defaultdict(set)))
    try:
        during = _record(LOOKED_UP)
    finally:
        looks.restore()
    assert looks.read  # the probes were looked up
    assert during == before
    assert _record(LOOKED_UP) == before


def test_every_table_of_the_language_folder_has_a_reader() -> None:
    # s12: a table nobody reads is dead data and is deleted; a reader names it in the package's code or in a pattern
    # (``@table``); the rule report names the reader of each table it does not count, and only tables that exist
    report = _report()
    src = Path(__file__).parents[2] / "src" / "kooperacja"
    code = "\n".join(p.read_text(encoding="utf-8") for p in src.rglob("*.py"))
    patterns = "\n".join(p.read_text(encoding="utf-8") for p in (src / "data" / "pl").rglob("*.tsv"))
    tables = report._all_tables()
    for table in tables:
        name = table.rsplit("/", 1)[-1]
        assert any(f'"{n}"' in code or f"{n}.tsv" in code for n in (name, table)) or f"@{name}" in patterns, (
            table
        )
    assert set(report.NOT_COUNTED) - {"patterns/"} <= set(tables)
