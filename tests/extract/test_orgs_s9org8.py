"""Organisation passages for the items other helpers left (issue 8, session 9, org8): a foreign name repeated
later in a text, a company named with a finance word ('Invest', 'Capital', 'Holding', 'Development'), a common
noun with a genitive before a name ('Fabryka Mebli X', 'Sieć X'), and a lone unknown name as the subject or the
object of a receiving verb. Every firm and every sentence is invented. Passages the extractor still gets wrong are
strict xfails with the reason."""

from __future__ import annotations

import pytest

from .battery import check_keys, passage_params, print_passage_count
from .test_org_battery_s8org import AGENCY, CO, EDU, MUNI, ZONE, Passage, _p, check_passage

PASSAGES: list[Passage] = [
    # ---- a foreign name repeated: the second mention is the organisation again, not its place
    _p(
        "foreign_repeat_brandenburg",
        "Do porozumienia przystąpiła sieć Netzwerk Holz Sachsen. Przedstawiciele Netzwerk Holz Sachsen "
        "odwiedzą Lubin w maju.",
        orgs={"Netzwerk Holz Sachsen": None},
    ),
    _p(
        "foreign_repeat_after_conjunction",
        "Klaster Mebli Lubuskich i niemiecka sieć Netzwerk Metall Brandenburg połączyły siły. Klaster zrzesza "
        "40 firm, a Netzwerk Metall Brandenburg skupia ich ponad sto.",
        orgs={"Netzwerk Metall Brandenburg": None, "Klaster Mebli Lubuskich": None},
        not_orgs={"Brandenburgia"},
    ),
    _p(
        "foreign_repeat_after_preposition",
        "Porozumienie podpisało stowarzyszenie Verband Holz Bayern. Eksperci z Verband Holz Bayern przyjadą do "
        "Zielonej Góry jesienią.",
        orgs={"Verband Holz Bayern": None},
        not_orgs={"Bawaria"},
    ),
    _p(
        "foreign_repeat_verein",
        "Umowę o współpracy podpisał Verein Metall Thüringen. Wkrótce Verein Metall Thüringen przyśle do "
        "Wałbrzycha swoich ekspertów.",
        orgs={"Verein Metall Thüringen": None},
        not_orgs={"Turyngia"},
    ),
    # ---- a finance word in a company's name
    _p(
        "finance_invest",
        "Spółka Westbrook Invest kupiła działkę w Łodzi. Westbrook Invest zbuduje tam biurowiec.",
        orgs={"Westbrook Invest": CO},
    ),
    _p(
        "finance_invest_oblique",
        "Gmina sprzedała teren firmie Harlow Invest. Prezes Harlow Invest zapowiedział budowę hali.",
        orgs={"Harlow Invest": CO},
    ),
    _p(
        "invest_in_region_agency",
        "Inwestora do gminy przyprowadziła agencja Invest in Borowia. Agencja obsłużyła w tym roku 12 projektów.",
        orgs={"Invest in Borowia": AGENCY},
    ),
    _p(
        "finance_capital",
        "Norwood Capital przejął udziały w producencie okien z Koła. Transakcja wyniosła 80 mln zł.",
        orgs={"Norwood Capital": CO},
    ),
    _p(
        "finance_holding",
        "Rostal Holding otworzył nowe centrum magazynowe pod Poznaniem. Pracę znajdzie w nim 150 osób.",
        orgs={"Rostal Holding": CO},
    ),
    _p(
        "finance_development",
        "Deweloper Marbel Development rozpoczął budowę parku logistycznego w Sosnowcu.",
        orgs={"Marbel Development": CO},
    ),
    # ---- a common noun with a genitive before a name
    _p(
        "fabryka_mebli_name",
        "Fabryka Mebli Dąbek zatrudni w Sławnie kolejnych 60 pracowników. Firma rozbuduje halę.",
        orgs={"Fabryka Mebli Dąbek": CO},
    ),
    _p(
        "siec_name",
        "Sieć Handlowa Promyk otworzy w Kielcach centrum dystrybucyjne. Inwestycja pochłonie 30 mln zł.",
        orgs={"Sieć Handlowa Promyk": CO},
    ),
    _p(
        "siec_research",
        "Laboratorium w Gliwicach otworzy Sieć Badawcza Łukasiewicz. Z siecią współpracuje firma Kartex.",
        orgs={"Sieć Badawcza Łukasiewicz": EDU, "Kartex": CO},
    ),
    _p(
        "siec_sklepow_capitalised",
        "Sieć Sklepów Rumianek zatrudni w nowym magazynie 80 osób. Sklepy sieci działają w trzech województwach.",
        orgs={"Sieć Sklepów Rumianek": CO},
    ),
    _p(
        "siec_lower_genitive",
        "W Radomiu nowy sklep otworzy sieć drogerii Lawendix. Będzie to jej setna placówka.",
        orgs={"Lawendix": CO},
    ),
    _p(
        "kind_genitive_owner_acronym",
        "Umowę z Kanadyjczykami podpisała Wiślańska Specjalna Strefa Ekonomiczna (WSSE). Porozumienie otwiera "
        "budowę sieci doradców WSSE za oceanem.",
        orgs={"Wiślańska Specjalna Strefa Ekonomiczna": ZONE},
        aliases=(("Wiślańska Specjalna Strefa Ekonomiczna", "WSSE"),),
    ),
    _p(
        "fabryka_lower_genitive",
        "W Sławnie fabryka mebli Dąbek zatrudni kolejnych 60 pracowników. Zakład rozbuduje halę.",
        orgs={"Dąbek": CO},
    ),
    # ---- a lone unknown name with a receiving verb
    _p(
        "receiver_subject_permit",
        "Zezwolenie na działalność w strefie otrzymał Termolux z Poznania. Firma wybuduje halę produkcyjną.",
        orgs={"Termolux": CO},
    ),
    _p(
        "receiver_subject_grant",
        "Dotację na nową linię dostała Barwica. Spółka kupi za nią dwie maszyny.",
        orgs={"Barwica": CO},
    ),
    _p(
        "receiver_common_word_brand",
        "Decyzję o wsparciu otrzymał Plastomer z Opola, producent folii. Zakład stanie obok obwodnicy.",
        orgs={"Plastomer": CO},
    ),
    _p(
        "receiver_takeover",
        "Udziały w spółce z Kalisza przejął Termolux. Transakcja zamknęła się kwotą 20 mln zł.",
        orgs={"Termolux": CO},
    ),
    _p(
        "receiver_municipality_not_company",
        "Dotację na nową drogę otrzymała Gmina Borowo. Droga połączy strefę z obwodnicą.",
        orgs={"Gmina Borowo": MUNI},
        not_orgs={"Gmina Borowo Sp"},
    ),
    _p(
        "receiver_person_not_company",
        "Tytuł Menedżera Roku otrzymał Adam Kruk, prezes firmy Wolmet. Nagrodę wręczono w Opolu.",
        orgs={"Wolmet": CO},
        not_orgs={"Kruk"},
    ),
]


# Passages the code does not pass yet, with the reason (strict: a fix makes them fail, so that they move up).
XFAIL: dict[str, str] = {
    "siec_lower_genitive": "a genitive between a kind's noun and a name is taken only where every reading is plural "
    "('sklepów', 'mebli'); 'drogerii' reads as a singular too, and a singular genitive ('zakład produkcji X') "
    "names what the plant does more often than it leads to a brand",
}


@pytest.mark.parametrize("passage", passage_params(PASSAGES, XFAIL))
def test_org8_passage(passage: Passage) -> None:
    assert not (problems := check_passage(passage)), f"{passage.text!r}: {problems}"


def test_org8_battery_keys() -> None:
    check_keys([p.key for p in PASSAGES], XFAIL)
    assert len(PASSAGES) >= 20


if __name__ == "__main__":
    print_passage_count(PASSAGES, check_passage)
