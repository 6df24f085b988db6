"""Sector terms and misfires of the s4 review (issue 8): each row or rule with a sentence of our own.

A term counts where it names a field of activity; a phrase that only contains a term word ("w formie
elektronicznej", "mury obronne"), a term inside the name of a place, a company, an office or a university does not.
"""

from __future__ import annotations

import pytest

import kooperacja.extract as ex


def _sectors(text: str) -> list[str]:
    return ex.extract(text, published="2024-05-01")["sectors"]


FRAME = "Spółka Betamet z Kielc podpisała z Gminą Zalesie umowę o współpracy, która obejmuje {}."

# new terms: (row, how it is written in a sentence)
TERMS = [
    ("technologia finansowy|fintech", "rozwój technologii finansowych dla małych firm"),
    ("usługa finansowy|fintech", "nowe usługi finansowe dla mieszkańców"),
    ("sektor finansowy|fintech", "szkolenia dla pracowników sektora finansowego"),
    ("branża finansowy|fintech", "wsparcie start-upów z branży finansowej"),
    ("informatyk|ict", "kursy dla przyszłych informatyków"),
    ("ict|ict", "wspólne projekty z dziedziny ICT"),
    ("absolwent|research_education", "zatrudnienie absolwentów miejscowego technikum"),
    ("nauczanie|research_education", "zmiany w programie nauczania"),
    ("dydaktyczny|research_education", "wyposażenie pracowni dydaktycznej"),
    ("kopalnia|mining", "budowę nowej kopalni węgla"),
    ("samolot|aerospace", "serwis samolotów pasażerskich"),
    ("metalurgiczny|metal", "rozwój zakładów metalurgicznych"),
    ("drogownictwo|construction", "inwestycje w drogownictwie"),
    ("agroturystyka|tourism", "rozwój agroturystyki na wsi"),
    ("agroturystyczny|tourism", "promocję gospodarstw agroturystycznych"),
    ("technologia ekologiczny|environment", "wdrażanie technologii ekologicznych"),
    ("gospodarka odpad|environment", "nowoczesną gospodarkę odpadami"),
    ("termomodernizacja|energy_efficiency", "termomodernizację budynków szkolnych"),
]


@pytest.mark.parametrize(("row", "written"), TERMS, ids=[t[0] for t in TERMS])
def test_a_new_sector_term_gives_its_sector(row: str, written: str) -> None:
    assert row.split("|")[1] in _sectors(FRAME.format(written)), row


# phrases that name no field although a word of them is a term (sector "-"), and the sector they used to give
NO_FIELD = [
    (
        "forma elektroniczny",
        "electronics",
        "Wnioski można składać także w formie elektronicznej do końca maja.",
    ),
    ("wersja elektroniczny", "electronics", "Raport w wersji elektronicznej trafił do wszystkich radnych."),
    ("droga elektroniczny", "electronics", "Zgłoszenia przyjmujemy drogą elektroniczną przez cały tydzień."),
    ("poczta elektroniczny", "electronics", "Zaproszenia rozesłano pocztą elektroniczną w poniedziałek."),
    ("mur obronny", "defence", "Turyści zwiedzili odnowione mury obronne starego miasta."),
    ("kosmiczny cena", "aerospace", "Mieszkania w centrum osiągają dziś kosmiczne ceny."),
    ("stalowy wola", "metal", "Zakład w Stalowej Woli zatrudni w tym roku stu nowych pracowników."),
    ("kopalnia wiedza", "mining", "Dla młodych firm targi były prawdziwą kopalnią wiedzy."),
]


@pytest.mark.parametrize(("row", "sector", "text"), NO_FIELD, ids=[t[0] for t in NO_FIELD])
def test_a_phrase_that_names_no_field_gives_no_sector(row: str, sector: str, text: str) -> None:
    assert sector not in _sectors(text), row


def test_the_words_of_a_no_field_phrase_still_count_on_their_own() -> None:
    assert "electronics" in _sectors(FRAME.format("produkcję podzespołów elektronicznych"))
    assert "defence" in _sectors(FRAME.format("dostawy dla przemysłu obronnego"))
    assert "aerospace" in _sectors(FRAME.format("badania nad technologiami kosmicznymi"))


def test_finansowy_alone_is_no_fintech() -> None:
    text = "Gmina Zalesie pozyskała środki finansowe na remont drogi, a spółka Betamet instrumenty finansowe z UE."
    assert "fintech" not in _sectors(text)


def test_a_term_inside_a_place_name_is_no_sector() -> None:
    assert "mining" not in _sectors("Spółka Betamet otworzyła nowy magazyn w Dąbrowie Górniczej.")


@pytest.mark.parametrize(
    ("sector", "text"),
    [
        ("creative_design", "Fabrykę mebli zbuduje w Zalesiu spółka Meblodom Design sp. z o.o."),
        (
            "tourism",
            "Spotkanie prowadził dyrektor Departamentu Promocji i Turystyki Urzędu Marszałkowskiego.",
        ),
        ("health", "Uniwersytet Medyczny w Lublinie podpisał umowę ze spółką Betamet."),
    ],
)
def test_a_term_inside_the_name_of_a_company_office_or_university_is_no_sector(
    sector: str, text: str
) -> None:
    assert sector not in _sectors(text)


def test_a_term_inside_the_name_of_a_cluster_states_its_field() -> None:
    assert "aerospace" in _sectors("Spółka Betamet przystąpiła do Mazowieckiego Klastra Lotniczego.")


def test_a_term_read_as_a_one_word_name_still_counts() -> None:
    # "AI" alone may be taken for a company's name; being the term itself, it still names the field
    assert "ai" in _sectors("Spółka Betamet z Kielc nawiązała z Gminą Zalesie współpracę w dziedzinie: AI.")


def test_a_term_that_reaches_beyond_an_overlapping_one_decides() -> None:
    # "zaawansowane technologie" (smart manufacturing) and "technologie finansowe" (fintech) share a word: the
    # classifier after the noun decides, not the quality before it
    sectors = _sectors(
        FRAME.format("wdrażanie zaawansowanych technologii finansowych w bankach spółdzielczych")
    )
    assert "fintech" in sectors and "smart_manufacturing" not in sectors
    assert "smart_manufacturing" in _sectors(FRAME.format("wdrażanie zaawansowanych technologii w odlewni"))
